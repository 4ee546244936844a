package nl.cookiekeur.reporting.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A style sheet that ships with this module (never site data): the only raw text {@link HtmlWriter}
 * accepts. Instances exist only as the constants below.
 */
final class StyleSheet {
    /** The style of the report and the statement. */
    static final StyleSheet REPORT = load("report.css");

    private final String css;

    private StyleSheet(String css) {
        if (css.toLowerCase(Locale.ROOT).contains("</style")) {
            throw new IllegalArgumentException("a style sheet must not close its element");
        }
        this.css = css;
    }

    /** The style sheet text. */
    String css() {
        return css;
    }

    private static StyleSheet load(String name) {
        try (InputStream in = StyleSheet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing style sheet " + name);
            }
            return new StyleSheet(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
