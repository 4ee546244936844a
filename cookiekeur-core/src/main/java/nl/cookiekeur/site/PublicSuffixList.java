package nl.cookiekeur.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Public Suffix List (publicsuffix.org, MPL-2.0) and its algorithm: the prevailing rule for a host is the
 * matching exception rule, else the longest matching normal or wildcard rule, else {@code *} (the last label).
 * Both sections count, so private suffixes such as {@code github.io} separate their users' sites. Rules are
 * held in their ASCII (punycode) form; hosts must be normalised ({@link HostName#normalise}) before they are
 * looked up. The shipped copy and where it came from are described in {@code SOURCE.md} beside the data.
 */
public final class PublicSuffixList {
    private static final String RESOURCE = "public_suffix_list.dat";
    private static final String PRIVATE_SECTION = "===BEGIN PRIVATE DOMAINS===";

    /** Each map goes from a rule's name (without {@code *.} or {@code !}) to whether it is an ICANN rule. */
    private final Map<String, Boolean> normal = new HashMap<>();

    private final Map<String, Boolean> wildcards = new HashMap<>();
    private final Map<String, Boolean> exceptions = new HashMap<>();

    private PublicSuffixList(List<String> lines) {
        boolean icann = true;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.contains(PRIVATE_SECTION)) {
                icann = false;
            }
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            String rule = line.split("\\s", 2)[0];
            if (rule.startsWith("!")) {
                exceptions.put(ascii(rule.substring(1)), icann);
            } else if (rule.startsWith("*.")) {
                wildcards.put(ascii(rule.substring(2)), icann);
            } else {
                normal.put(ascii(rule), icann);
            }
        }
    }

    /** The list shipped with this module, read once. */
    public static PublicSuffixList shipped() {
        return Shipped.LIST;
    }

    /** A list from the lines of a file in the Public Suffix List format. */
    public static PublicSuffixList of(List<String> lines) {
        return new PublicSuffixList(lines);
    }

    /** The number of rules read, of all three kinds. */
    public int size() {
        return normal.size() + wildcards.size() + exceptions.size();
    }

    /**
     * The public suffix of a normalised host name by the prevailing rule, and whether that rule is listed
     * (rather than the implicit {@code *}) and comes from the ICANN section.
     */
    public Suffix suffixOf(String host) {
        int start = 0;
        while (start >= 0) {
            String candidate = host.substring(start);
            int next = host.indexOf('.', start);
            String parent = next < 0 ? null : host.substring(next + 1);
            Boolean exception = exceptions.get(candidate);
            if (exception != null && parent != null) {
                return new Suffix(parent, true, exception);
            }
            Boolean exact = normal.get(candidate);
            if (exact != null) {
                return new Suffix(candidate, true, exact);
            }
            Boolean wildcard = parent == null ? null : wildcards.get(parent);
            if (wildcard != null) {
                return new Suffix(candidate, true, wildcard);
            }
            start = next < 0 ? -1 : next + 1;
        }
        return new Suffix(host.substring(host.lastIndexOf('.') + 1), false, false);
    }

    /**
     * The registrable domain of a normalised host name: its public suffix plus one label. A host that is a
     * public suffix itself (such as {@code co.uk} or the single label {@code localhost}) answers itself.
     */
    public String registrable(String host) {
        String suffix = suffixOf(host).name();
        if (suffix.length() >= host.length()) {
            return host;
        }
        int dotBeforeSuffix = host.length() - suffix.length() - 1;
        return host.substring(host.lastIndexOf('.', dotBeforeSuffix - 1) + 1);
    }

    private static String ascii(String rule) {
        String lower = rule.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7F) {
                return IDN.toASCII(lower, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            }
        }
        return lower;
    }

    /**
     * A public suffix found for a host.
     *
     * @param name the suffix, such as {@code co.uk}
     * @param listed whether a rule of the list matched (otherwise the implicit {@code *} rule did)
     * @param icann whether the matching rule is in the ICANN section (not the private one)
     */
    public record Suffix(String name, boolean listed, boolean icann) {}

    /** Holder of the shipped list, read on first use. */
    private static final class Shipped {
        static final PublicSuffixList LIST = read();

        private static PublicSuffixList read() {
            InputStream in = PublicSuffixList.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("The Public Suffix List " + RESOURCE + " is missing from the build.");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return new PublicSuffixList(reader.lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
