package nl.cookiekeur.knowledge.classifier;

import java.util.Locale;
import java.util.Set;
import nl.cookiekeur.cookie.Cookie;

/**
 * A first-party cookie whose name says only that it keeps a language, such as {@code lang}, {@code language},
 * {@code site_lang} or {@code locale}: its purpose is a display preference, whatever site set it. The name
 * alone decides nothing else: a third-party {@code lang} (LinkedIn's on its own domain) is left to the knowledge
 * and the vendor rule, and a name with any other word in it (a platform, a product) to the knowledge and the
 * model. A preference is exempt only when the visitor chose it; the assessment judges that from when it was
 * written (docs/assessment.md, "No silent all-clear").
 */
final class LanguageCookieNames {
    private static final Set<String> LANGUAGE = Set.of("lang", "language", "locale", "taal", "culture");
    private static final Set<String> QUALIFIERS =
            Set.of("site", "user", "current", "preferred", "selected", "chosen", "pref", "default", "cookie", "ui");

    private LanguageCookieNames() {}

    /** Whether the cookie is first party and its name is a language word, at most with qualifiers. */
    static boolean keepsALanguage(Cookie cookie) {
        if (KnowledgeFirstClassifier.thirdParty(cookie)) {
            return false;
        }
        boolean language = false;
        for (String token : cookie.name().toLowerCase(Locale.ROOT).split("[^a-z0-9]+", -1)) {
            if (token.isEmpty()) {
                continue;
            }
            if (LANGUAGE.contains(token)) {
                language = true;
            } else if (!QUALIFIERS.contains(token)) {
                return false;
            }
        }
        return language;
    }
}
