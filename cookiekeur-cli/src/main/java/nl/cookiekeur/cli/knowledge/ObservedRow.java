package nl.cookiekeur.cli.knowledge;

import java.util.Objects;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.cookie.Cookie;
import org.jspecify.annotations.Nullable;

/**
 * One well-formed input row: the observed cookie and, when the file has a {@code label} column, its label.
 *
 * @param line the line number in the file (the header is line 1)
 * @param cookie the observation
 * @param label the expected category, {@code null} when not given
 */
record ObservedRow(int line, Cookie cookie, @Nullable Category label) {
    ObservedRow {
        Objects.requireNonNull(cookie, "cookie");
    }
}
