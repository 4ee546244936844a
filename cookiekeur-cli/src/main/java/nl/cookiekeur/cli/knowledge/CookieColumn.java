package nl.cookiekeur.cli.knowledge;

import java.util.List;
import java.util.Locale;

/**
 * A field of an observed cookie and the names under which browsers, their extension and DevTools APIs and
 * common cookie-export tools write it (compared without case, underscores, dashes and spaces).
 */
enum CookieColumn {
    NAME(true, "name"),
    DOMAIN(true, "domain", "host", "host_key"),
    PATH(false, "path"),
    VALUE(false, "value", "last_value"),
    /** Seconds from observation to expiry. */
    EXPIRES_IN_SECONDS(false, "expires_in_seconds", "last_expiry_seconds", "max_age"),
    /** The moment of expiry: epoch seconds or an ISO date. */
    EXPIRES_AT(false, "expirationdate", "expiration_date", "expires", "expiry", "expires_utc"),
    SESSION(false, "session"),
    HTTP_ONLY(false, "http_only"),
    HOST_ONLY(false, "host_only"),
    SECURE(false, "secure"),
    SAME_SITE(false, "same_site"),
    SITE(true, "site", "first_party_domain", "first_party_url", "page_url", "url"),
    LABEL(false, "label", "label_name");

    private final boolean required;
    /** The normalised aliases, space-separated (a string because enum fields must be immutable). */
    private final String aliases;

    CookieColumn(boolean required, String... aliases) {
        this.required = required;
        this.aliases = String.join(
                " ", List.of(aliases).stream().map(CookieColumn::normalised).toList());
    }

    private List<String> aliases() {
        return List.of(aliases.split(" "));
    }

    /** Whether a file without this field cannot be read (site only when no {@code --site} is given). */
    boolean required() {
        return required;
    }

    /** The canonical column name, as in the exchange format. */
    String canonical() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a column or JSON field of this name holds this field. */
    boolean matches(String columnName) {
        return aliases().contains(normalised(columnName));
    }

    /** The position of the first alias present, in alias order; -1 when none is. */
    int indexIn(List<String> names) {
        List<String> normalisedNames =
                names.stream().map(CookieColumn::normalised).toList();
        for (String alias : aliases()) {
            int index = normalisedNames.indexOf(alias);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    private static String normalised(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[_\\- ]", "");
    }
}
