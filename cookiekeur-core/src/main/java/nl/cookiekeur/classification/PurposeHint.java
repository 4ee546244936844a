package nl.cookiekeur.classification;

import java.util.List;
import java.util.Locale;

/**
 * What a necessary cookie's name says about why it is necessary, which decides between the exemptions of
 * Tw art. 11.7a lid 3 (communication only, a requested transaction, or other requested functionality).
 */
public enum PurposeHint {
    /** Load balancing or server affinity: needed only to carry the communication (lid 3 onder a). */
    COMMUNICATION("awsalb awselb balanc affinity bigip route server lb srv node"),
    /** Cart, checkout or payment: needed for a transaction the user asked for (lid 3 onder b). */
    TRANSACTION("cart basket checkout order payment winkelwagen mandje"),
    /** Any other functionality the user asked for, such as login, security or the consent choice. */
    REQUESTED_FUNCTIONALITY("");

    /** Space-separated name markers (a string because enum fields must be immutable). */
    private final String markers;

    PurposeHint(String markers) {
        this.markers = markers;
    }

    /** The hint a cookie name gives; short markers count only as whole name parts. */
    public static PurposeHint of(String cookieName) {
        String lower = cookieName.toLowerCase(Locale.ROOT);
        List<String> parts = List.of(lower.split("[^a-z0-9]+"));
        for (PurposeHint hint : values()) {
            for (String marker : hint.markers.split(" ")) {
                if (marker.isEmpty()) {
                    continue;
                }
                boolean found = marker.length() <= 4 ? parts.contains(marker) : lower.contains(marker);
                if (found) {
                    return hint;
                }
            }
        }
        return REQUESTED_FUNCTIONALITY;
    }
}
