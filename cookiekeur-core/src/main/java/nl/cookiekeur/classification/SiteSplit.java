package nl.cookiekeur.classification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Splits labelled real-world cookies by the website they were observed on, so that everything fitted on the
 * fitted part is judged on sites it never saw. Deterministic: the CRC-32 of the site's host (without a
 * leading {@code www.}) decides, and about {@value #HELD_OUT_PERCENT} % of the sites are held out.
 */
public final class SiteSplit {
    /** The share of sites held out, in percent. */
    public static final int HELD_OUT_PERCENT = 30;

    /** Which part of the split a row belongs to, or all rows. */
    public enum Part {
        HELD_OUT("held-out"),
        FITTED("fitted"),
        ALL("all");

        private final String id;

        Part(String id) {
            this.id = id;
        }

        /** The stable id used on the command line, such as {@code held-out}. */
        public String id() {
            return id;
        }

        /** Whether a row of the given site belongs to this part. */
        public boolean contains(URI site) {
            return switch (this) {
                case ALL -> true;
                case HELD_OUT -> heldOut(site);
                case FITTED -> !heldOut(site);
            };
        }
    }

    private SiteSplit() {}

    /** Whether the site is in the held-out part. */
    public static boolean heldOut(URI site) {
        String host = site.getHost() == null ? site.toString() : site.getHost();
        String key = host.toLowerCase(Locale.ROOT);
        if (key.startsWith("www.")) {
            key = key.substring(4);
        }
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 100 < HELD_OUT_PERCENT;
    }
}
