package nl.cookiekeur.cookie;

import java.util.Locale;
import java.util.Optional;

/** The SameSite attribute of a cookie; {@link #UNSPECIFIED} when the site did not set one. */
public enum SameSite {
    STRICT,
    LAX,
    NONE,
    UNSPECIFIED;

    /** Parses the attribute value ({@code Strict}, {@code lax}, …), ignoring case; empty means unspecified. */
    public static Optional<SameSite> parse(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.of(UNSPECIFIED);
        }
        for (SameSite sameSite : values()) {
            if (sameSite.name().equals(value)) {
                return Optional.of(sameSite);
            }
        }
        return Optional.empty();
    }
}
