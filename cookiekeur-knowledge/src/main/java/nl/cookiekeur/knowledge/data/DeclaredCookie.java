package nl.cookiekeur.knowledge.data;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.cookie.SameSite;

/**
 * A real cookie as a site's consent banner declared it.
 *
 * @param cookie the cookie as observed on the site
 * @param declared the category the site declared (functional as preferences, advertising as marketing)
 */
public record DeclaredCookie(Cookie cookie, Category declared) {
    public DeclaredCookie {
        Objects.requireNonNull(cookie, "cookie");
        Objects.requireNonNull(declared, "declared");
        if (declared == Category.UNKNOWN) {
            throw new IllegalArgumentException("a declaration names a category");
        }
    }

    static DeclaredCookie of(DataRow row) {
        Category declared = switch (row.required("label_name").toLowerCase(Locale.ROOT)) {
            case "necessary" -> Category.NECESSARY;
            case "functional", "preferences" -> Category.PREFERENCES;
            case "analytics", "statistics" -> Category.ANALYTICS;
            case "advertising", "marketing" -> Category.MARKETING;
            default -> throw row.fail("unknown-category", row.get("label_name"));
        };
        boolean session = flag(row, "session");
        long expiry = number(row, "last_expiry_seconds");
        SameSite sameSite = SameSite.parse(row.get("same_site"))
                .orElseThrow(() -> row.fail("bad-csv", "same_site " + row.get("same_site")));
        Cookie cookie = new Cookie(
                row.required("name"),
                row.required("domain"),
                row.get("path").isEmpty() ? "/" : row.get("path"),
                row.get("last_value"),
                session ? null : expiry,
                session,
                flag(row, "http_only"),
                flag(row, "host_only"),
                flag(row, "secure"),
                sameSite,
                site(row),
                null);
        return new DeclaredCookie(cookie, declared);
    }

    private static URI site(DataRow row) {
        String text = row.required("first_party_domain");
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null) {
                throw row.fail("bad-url", text);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw row.fail("bad-url", text);
        }
    }

    private static boolean flag(DataRow row, String column) {
        return switch (row.get(column).toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw row.fail("bad-flag", column, row.get(column));
        };
    }

    private static long number(DataRow row, String column) {
        try {
            return Long.parseLong(row.required(column));
        } catch (NumberFormatException e) {
            throw row.fail("bad-number", column, row.get(column));
        }
    }
}
