package nl.cookiekeur.monitoring;

import org.jspecify.annotations.Nullable;

/**
 * The owner's approval of statement items of a site's latest scan.
 *
 * @param item the item's name, or {@code name@domain}, or its full key {@code kind:name@domain}; {@code null}
 *     for every pending item
 * @param dutch the Dutch description to publish, or {@code null} for the generated one
 * @param english the English description to publish, or {@code null} for the generated one
 */
public record Approval(
        @Nullable String item,
        @Nullable String dutch,
        @Nullable String english) {
    /** The longest description accepted. */
    public static final int MAX_DESCRIPTION = 1000;

    public Approval {
        for (String text : new String[] {dutch, english}) {
            if (text != null && (text.isBlank() || text.length() > MAX_DESCRIPTION)) {
                throw new IllegalArgumentException("a description must be 1.." + MAX_DESCRIPTION + " characters");
            }
        }
    }

    /** Every pending item, with the generated descriptions. */
    public static Approval all() {
        return new Approval(null, null, null);
    }
}
