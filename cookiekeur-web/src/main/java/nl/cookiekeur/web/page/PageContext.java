package nl.cookiekeur.web.page;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * What every template needs besides its own model: the language and its texts, links that keep an explicitly
 * chosen language, the language switch, and who is signed in with the CSRF token of their forms.
 *
 * @param messages the texts in the page's language
 * @param keepLanguage whether links carry {@code lang=} (the visitor chose it with the switch)
 * @param path the request path, for the switch
 * @param query the query parameters except {@code lang}, for the switch
 * @param user the signed-in user's e-mail address, or {@code null}
 * @param csrfToken the token every state-changing form sends; empty when nobody is signed in
 * @param admin whether the signed-in user is an admin (who manages accounts and roles)
 */
public record PageContext(
        Messages messages,
        boolean keepLanguage,
        String path,
        Map<String, List<String>> query,
        @Nullable String user,
        String csrfToken,
        boolean admin) {

    public PageContext {
        query = Map.copyOf(query);
    }

    /** The context of a request, with the signed-in user if any. */
    public static PageContext of(Context ctx, @Nullable String user, String csrfToken, boolean admin) {
        Map<String, List<String>> query = new java.util.LinkedHashMap<>(ctx.queryParamMap());
        query.remove(PageLanguage.PARAMETER);
        return new PageContext(
                Messages.of(PageLanguage.of(ctx)), PageLanguage.chosen(ctx), ctx.path(), query, user, csrfToken, admin);
    }

    /** The page's language. */
    public Language language() {
        return messages.language();
    }

    /** The text under this key in the page's language. */
    public String t(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    /** A link to {@code target} (which may carry a query) that keeps a chosen language. */
    public String href(String target) {
        if (!keepLanguage) {
            return target;
        }
        return target + (target.contains("?") ? "&" : "?") + PageLanguage.PARAMETER + "="
                + language().code();
    }

    /** The language the switch offers. */
    public Language otherLanguage() {
        return language() == Language.DUTCH ? Language.ENGLISH : Language.DUTCH;
    }

    /** This page in the other language. */
    public String switchHref() {
        StringBuilder link = new StringBuilder(path).append('?');
        query.forEach((name, values) -> values.forEach(value ->
                link.append(encode(name)).append('=').append(encode(value)).append('&')));
        return link.append(PageLanguage.PARAMETER)
                .append('=')
                .append(otherLanguage().code())
                .toString();
    }

    /** Whether someone is signed in. */
    public boolean signedIn() {
        return user != null;
    }

    /** The signed-in user's address, or empty. */
    public String userName() {
        return user == null ? "" : user;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
