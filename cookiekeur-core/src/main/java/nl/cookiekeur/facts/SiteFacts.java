package nl.cookiekeur.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The facts the owner declares per tool ({@code --site-facts}); {@link #none()} when no file was given. A tool's
 * facts apply to the observed items whose vendor names the tool: the tool id, read with spaces for dashes,
 * starts with the vendor name the knowledge base gives ({@code google-analytics-4} covers "Google Analytics",
 * {@code matomo} covers "Matomo" and its former name "Piwik").
 *
 * @param tools the declared facts, one entry per tool id
 */
public record SiteFacts(List<ToolFacts> tools) {
    /** Vendor names the knowledge base still uses for a product that was renamed: Matomo was called Piwik. */
    private static final Map<String, String> FORMER_NAMES = Map.of("piwik", "matomo");

    public SiteFacts {
        tools = List.copyOf(tools);
        List<String> ids = new ArrayList<>();
        for (ToolFacts facts : tools) {
            if (ids.contains(facts.toolId())) {
                throw new IllegalArgumentException("tool declared twice: " + facts.toolId());
            }
            ids.add(facts.toolId());
        }
    }

    /** No declared facts: no exemption that depends on them. */
    public static SiteFacts none() {
        return new SiteFacts(List.of());
    }

    /** Whether nothing is declared. */
    public boolean isEmpty() {
        return tools.isEmpty();
    }

    /** The declared facts of the tool that covers this vendor, if any. */
    public Optional<ToolFacts> forVendor(@Nullable String vendor) {
        if (vendor == null || vendor.isBlank()) {
            return Optional.empty();
        }
        String wanted = FORMER_NAMES.getOrDefault(words(vendor), words(vendor));
        return tools.stream()
                .filter(t -> {
                    String tool = words(t.toolId());
                    return tool.equals(wanted) || tool.startsWith(wanted + " ");
                })
                .findFirst();
    }

    /** Whether the owner declared every exemption setting for the tool that covers this vendor. */
    public boolean exemptionSettingsDeclared(@Nullable String vendor) {
        return forVendor(vendor).map(ToolFacts::exemptionSettingsDeclared).orElse(false);
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
