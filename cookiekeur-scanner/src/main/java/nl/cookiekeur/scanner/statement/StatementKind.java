package nl.cookiekeur.scanner.statement;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells from a link's text and URL whether it leads to a cookie statement or a privacy statement, Dutch or
 * English, with a score: named in the text beats a bare word, which beats a hint in the URL only. Links to
 * cookie settings (the banner's "Cookie-instellingen") are not statements.
 */
final class StatementKind {
    static final String COOKIE = "cookie";
    static final String PRIVACY = "privacy";

    private static final List<String> COOKIE_NAMES = List.of(
            "cookieverklaring",
            "cookiebeleid",
            "cookie-verklaring",
            "cookie verklaring",
            "cookie policy",
            "cookie-policy",
            "cookiepolicy",
            "cookie statement",
            "cookie notice",
            "cookie declaration",
            "cookies policy",
            "over cookies",
            "gebruik van cookies",
            "use of cookies");
    private static final List<String> PRIVACY_NAMES = List.of(
            "privacyverklaring",
            "privacybeleid",
            "privacy-verklaring",
            "privacy verklaring",
            "privacyreglement",
            "privacy statement",
            "privacy policy",
            "privacy notice",
            "privacy-policy",
            "privacypolicy");
    private static final Pattern COOKIE_WORD = Pattern.compile("(^|[^\\p{L}])cookies?($|[^\\p{L}])");
    private static final Pattern PRIVACY_WORD = Pattern.compile("(^|[^\\p{L}])(privacy|avg|gdpr)($|[^\\p{L}])");
    private static final Pattern SETTINGS = Pattern.compile(
            "instelling|voorkeur|settings|preferences|accepte|weiger|toestaan|accept|reject|allow|beheer|manage|wijzig");
    private static final Pattern COOKIE_PATH = Pattern.compile("cookie");
    private static final Pattern PRIVACY_PATH = Pattern.compile("privacy|(^|[/_.-])(avg|gdpr)($|[/_.-])");

    private StatementKind() {}

    /** A kind with its score; score 0 means "not a statement link". */
    record Match(String kind, int score) {
        static final Match NONE = new Match("", 0);
    }

    /** What a link with this text and URL path leads to. */
    static Match of(String linkText, String path) {
        String text = linkText.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String lowerPath = path.toLowerCase(Locale.ROOT);
        if (SETTINGS.matcher(text).find()) {
            return Match.NONE;
        }
        boolean cookieNamed = COOKIE_NAMES.stream().anyMatch(text::contains);
        boolean privacyNamed = PRIVACY_NAMES.stream().anyMatch(text::contains);
        if (cookieNamed) {
            return new Match(COOKIE, 30 + pathBonus(COOKIE_PATH, lowerPath));
        }
        if (privacyNamed) {
            return new Match(PRIVACY, 30 + pathBonus(PRIVACY_PATH, lowerPath));
        }
        if (COOKIE_WORD.matcher(text).find()) {
            return new Match(COOKIE, 20 + pathBonus(COOKIE_PATH, lowerPath));
        }
        if (PRIVACY_WORD.matcher(text).find()) {
            return new Match(PRIVACY, 20 + pathBonus(PRIVACY_PATH, lowerPath));
        }
        if (text.length() <= 60 && COOKIE_PATH.matcher(lowerPath).find()) {
            return new Match(COOKIE, 10);
        }
        if (text.length() <= 60 && PRIVACY_PATH.matcher(lowerPath).find()) {
            return new Match(PRIVACY, 10);
        }
        return Match.NONE;
    }

    private static int pathBonus(Pattern pattern, String path) {
        return pattern.matcher(path).find() ? 5 : 0;
    }
}
