package nl.cookiekeur.web.consent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.cookiekeur.history.HistoryItem;

/**
 * The first draft of a site's banner: the shipped example texts, and when the site was scanned, the purposes and
 * vendors of its latest scan — each cookie and third party under the purpose of its category, grouped by vendor
 * (unclassified ones under marketing, asking consent being the safe side). The owner checks and completes it.
 */
final class BannerDraft {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ORDER = List.of("necessary", "preferences", "analytics", "marketing");
    private static final Pattern COOKIE_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,200}");
    private static final int MAX_PER_PURPOSE = 100;

    private BannerDraft() {}

    /** The shipped example configuration (docs/consent-ledger.md), as JSON. */
    static String example() {
        return resource("draft.json");
    }

    /** The draft from a scan's cookies and third parties, or the example when the scan found none. */
    static BannerForm fromScan(List<HistoryItem> items, String host) {
        BannerForm example = BannerJson.read(example()).orElseThrow();
        Map<String, Map<String, TreeSet<String>>> byPurpose = new LinkedHashMap<>();
        Map<String, Boolean> firstParty = new TreeMap<>();
        for (HistoryItem item : items) {
            if (!item.kind().equals("cookie") && !item.kind().equals("tracker")) {
                continue;
            }
            String[] label = item.label().split(" · ", 2);
            String purpose = purpose(label[0]);
            String where = item.kind().equals("cookie")
                    ? item.key().substring(item.key().indexOf('@') + 1)
                    : item.key();
            String vendor = label.length > 1 && !label[1].isBlank() ? label[1].strip() : where.replaceAll("^\\.", "");
            String domain = where.replaceAll("^\\.", "");
            firstParty.merge(
                    vendor,
                    item.kind().equals("cookie") && (host.endsWith(domain) || domain.endsWith(host)),
                    Boolean::logicalAnd);
            TreeSet<String> cookies = byPurpose
                    .computeIfAbsent(purpose, p -> new TreeMap<>())
                    .computeIfAbsent(vendor, v -> new TreeSet<>());
            if (item.kind().equals("cookie")) {
                String name = item.key().substring(0, Math.max(0, item.key().indexOf('@')));
                if (COOKIE_NAME.matcher(name).matches() && cookies.size() < 100) {
                    cookies.add(name);
                }
            }
        }
        if (byPurpose.isEmpty()) {
            return example;
        }
        JsonNode texts = tree(resource("purposes.json"));
        List<BannerForm.PurposeRow> purposes = new ArrayList<>();
        List<BannerForm.VendorRow> vendors = new ArrayList<>();
        for (String id : ORDER) {
            if (!id.equals("necessary") && !byPurpose.containsKey(id)) {
                continue;
            }
            JsonNode text = texts.path(id);
            purposes.add(new BannerForm.PurposeRow(
                    id,
                    id.equals("necessary"),
                    text.path("name").path("nl").asText(),
                    text.path("name").path("en").asText(),
                    text.path("description").path("nl").asText(),
                    text.path("description").path("en").asText()));
            byPurpose.getOrDefault(id, Map.of()).entrySet().stream()
                    .limit(MAX_PER_PURPOSE)
                    .forEach(vendor -> vendors.add(new BannerForm.VendorRow(
                            vendor.getKey(),
                            id,
                            text.path("name").path("nl").asText(),
                            text.path("name").path("en").asText(),
                            "onbekend, controleer",
                            "unknown, please check",
                            "",
                            String.join(", ", vendor.getValue()),
                            !firstParty.getOrDefault(vendor.getKey(), false))));
        }
        return new BannerForm(example.texts(), purposes, vendors, example.rest());
    }

    private static String purpose(String category) {
        return switch (category.strip().toLowerCase(Locale.ROOT)) {
            case "necessary" -> "necessary";
            case "preferences" -> "preferences";
            case "analytics" -> "analytics";
            default -> "marketing";
        };
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = BannerDraft.class.getResourceAsStream("/nl/cookiekeur/web/consent/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
