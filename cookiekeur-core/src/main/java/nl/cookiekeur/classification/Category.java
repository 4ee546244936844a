package nl.cookiekeur.classification;

import java.util.Locale;
import java.util.Optional;

/** The purpose category of a cookie or tracker, with a stable lower-case id used in data and reports. */
public enum Category {
    /** Strictly necessary for the service the user asked for (including security and consent storage). */
    NECESSARY("necessary"),
    /** Remembers a choice the user made, such as language. */
    PREFERENCES("preferences"),
    /** Measures use of the site. */
    ANALYTICS("analytics"),
    /** Tracks or profiles users for advertising or social media. */
    MARKETING("marketing"),
    /** Not known; needs review. */
    UNKNOWN("unknown");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    /** The stable lower-case id, such as {@code analytics}. */
    public String id() {
        return id;
    }

    /** Finds the category with this id, ignoring case and surrounding spaces. */
    public static Optional<Category> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (Category category : values()) {
            if (category.id.equals(wanted)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
