package nl.cookiekeur.cookie;

import java.util.Locale;
import java.util.Optional;

/** The SameSite attribute of a cookie; {@link #UNSPECIFIED} when the site did not set one. */
public enum SameSite {
    STRICT,
    LAX,
    NONE,
    UNSPECIFIED;

    /**
     * Parses the attribute value ({@code Strict}, {@code lax}, …), ignoring case; empty means unspecified. Also
     * reads the names of the browsers' extension and DevTools APIs and of cookie-export tools: {@code
     * no_restriction} is None and {@code unspecified} is unspecified.
     */
    public static Optional<SameSite> parse(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (value.isEmpty()) {
            return Optional.of(UNSPECIFIED);
        }
        if (value.equals("NO_RESTRICTION")) {
            return Optional.of(NONE);
        }
        for (SameSite sameSite : values()) {
            if (sameSite.name().equals(value)) {
                return Optional.of(sameSite);
            }
        }
        return Optional.empty();
    }
}
