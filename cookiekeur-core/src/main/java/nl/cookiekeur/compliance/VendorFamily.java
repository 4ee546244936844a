package nl.cookiekeur.compliance;

import java.util.List;
import java.util.Locale;
import nl.cookiekeur.classification.Tracker;
import org.jspecify.annotations.Nullable;

/**
 * Groups of vendors that some checks single out, recognised by tracker id, vendor name or cookie name prefix.
 * The knowledge base has no category for these, so they are listed here as data.
 */
enum VendorFamily {
    /** Session recording and heatmaps (NL-CK-22); never exempt. */
    SESSION_REPLAY(
            "hotjar|microsoft_clarity|fullstory|contentsquare.net|mouseflow|smartlook|lucky_orange|logrocket|inspectlet|crazy_egg|quantum_metric",
            "hotjar|clarity|fullstory|contentsquare|mouseflow|smartlook|lucky orange|logrocket|inspectlet|crazy egg|quantum metric",
            "_hj|_clck|_clsk|_cs_|mf_|_lo_|fs_uid|_ce."),
    /** Identifying visiting companies by IP address for sales (NL-CK-33). */
    LEAD_GENERATION(
            "leadinfo|leadfeeder|dealfront|albacross|sales_feed|leadforensics|snitcher",
            "leadinfo|leadfeeder|dealfront|albacross|salesfeed|sales feed|leadforensics",
            "_li_id|_li_ses|_lfa"),
    /** Cookieless, self-described privacy-friendly analytics that the AP names or that work like those. */
    PRIVACY_FRIENDLY_ANALYTICS(
            "plausible|simple_analytics|fathom|umami|goatcounter|pirsch",
            "plausible|simple analytics|fathom|umami|goatcounter|pirsch",
            "");

    /** Tracker ids, vendor name markers and cookie name prefixes, each separated by {@code |} (enum fields
     * must be immutable). */
    private final String trackerIds;

    private final String vendorMarkers;
    private final String cookiePrefixes;

    VendorFamily(String trackerIds, String vendorMarkers, String cookiePrefixes) {
        this.trackerIds = trackerIds;
        this.vendorMarkers = vendorMarkers;
        this.cookiePrefixes = cookiePrefixes;
    }

    private static List<String> split(String values) {
        return values.isEmpty() ? List.of() : List.of(values.split("\\|"));
    }

    /** Whether the tracker belongs to this family. */
    boolean has(Tracker tracker) {
        return split(trackerIds).contains(tracker.id()) || named(tracker.name());
    }

    /** Whether a vendor or platform name belongs to this family. */
    boolean named(@Nullable String vendor) {
        if (vendor == null || vendor.isBlank()) {
            return false;
        }
        String lower = vendor.toLowerCase(Locale.ROOT);
        return split(vendorMarkers).stream().anyMatch(lower::contains);
    }

    /** Whether a cookie or storage key name is typical of this family. */
    boolean namesItem(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return split(cookiePrefixes).stream().anyMatch(lower::startsWith);
    }

    /** The family of a tracker, {@code null} when none. */
    static @Nullable VendorFamily of(@Nullable Tracker tracker) {
        if (tracker == null) {
            return null;
        }
        for (VendorFamily family : values()) {
            if (family.has(tracker)) {
                return family;
            }
        }
        return null;
    }

    /** The family of an item by its vendor, its setter's tracker or its name, {@code null} when none. */
    static @Nullable VendorFamily ofItem(String name, @Nullable String vendor, @Nullable Tracker setter) {
        for (VendorFamily family : values()) {
            if (family.named(vendor) || (setter != null && family.has(setter)) || family.namesItem(name)) {
                return family;
            }
        }
        return null;
    }
}
