package nl.cookiekeur.ledger.banner;

import java.util.regex.Pattern;

/**
 * A deliberately simple stylesheet minifier for the banner's own CSS: drops comments, collapses
 * whitespace and removes it where CSS ignores it. Whitespace before a colon is kept, because there it
 * can be a descendant combinator ({@code .a :focus}).
 */
final class CssMinifier {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern AROUND_PUNCTUATION = Pattern.compile("\\s*([{};,>])\\s*");
    private static final Pattern AFTER_COLON = Pattern.compile(":\\s+");

    private CssMinifier() {}

    static String minify(String css) {
        String s = COMMENT.matcher(css).replaceAll("");
        s = SPACE.matcher(s).replaceAll(" ");
        s = AROUND_PUNCTUATION.matcher(s).replaceAll("$1");
        s = AFTER_COLON.matcher(s).replaceAll(":");
        return s.replace(";}", "}").strip() + "\n";
    }
}
