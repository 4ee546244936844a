package nl.cookiekeur.reporting.html;

import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;
import nl.cookiekeur.site.WebUrl;

/**
 * A small HTML writer whose API makes the unsafe thing hard: element and attribute names must be fixed,
 * known names (never site data); every text and attribute value is escaped; event-handler attributes,
 * {@code style}, {@code src} and {@code href} cannot be set as plain attributes; links are written only for
 * {@code http} and {@code https} URLs; images only as {@code data:} URIs of bytes we read ourselves; and
 * the only raw text it accepts is a {@link StyleSheet}, which is a constant of this module.
 */
final class HtmlWriter {
    private static final Set<String> ELEMENTS = Set.of(
            "html",
            "head",
            "meta",
            "title",
            "style",
            "body",
            "header",
            "main",
            "footer",
            "nav",
            "section",
            "article",
            "h1",
            "h2",
            "h3",
            "h4",
            "p",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "table",
            "caption",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "a",
            "img",
            "figure",
            "figcaption",
            "span",
            "strong",
            "em",
            "code",
            "small",
            "div",
            "details",
            "summary",
            "br",
            "svg",
            "g",
            "rect",
            "text",
            "line",
            "image");
    private static final Set<String> VOID = Set.of("meta", "img", "br");
    private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-zA-Z0-9-]*");
    private static final Set<String> FORBIDDEN_ATTRIBUTES =
            Set.of("href", "src", "srcset", "srcdoc", "style", "action", "formaction", "xlink", "xmlns", "background");

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Deque<String> open = new ArrayDeque<>();
    private boolean inStartTag;

    /** Starts a document with the doctype. */
    HtmlWriter doctype() {
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    /** Opens an element; the name must be one of the known elements. */
    HtmlWriter open(String element) {
        if (!ELEMENTS.contains(element)) {
            throw new IllegalArgumentException("unknown element " + element);
        }
        finishStartTag();
        out.append('<').append(element);
        inStartTag = true;
        if (!VOID.contains(element)) {
            open.push(element);
        }
        return this;
    }

    /** Sets an attribute on the element just opened; the value is escaped. */
    HtmlWriter attr(String name, String value) {
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + name + " after content");
        }
        if (!ATTRIBUTE.matcher(name).matches() || name.startsWith("on") || FORBIDDEN_ATTRIBUTES.contains(name)) {
            throw new IllegalArgumentException("attribute not allowed: " + name);
        }
        out.append(' ').append(name).append("=\"");
        escape(value, out);
        out.append('"');
        return this;
    }

    /** Sets the class attribute. */
    HtmlWriter css(String classes) {
        return attr("class", classes);
    }

    /**
     * Sets {@code href} when the URL is an absolute {@code http} or {@code https} URL; otherwise writes
     * nothing, so the element shows its text without a link.
     */
    HtmlWriter href(String url) {
        if (!inStartTag) {
            throw new IllegalStateException("href after content");
        }
        if (linkable(url)) {
            out.append(" href=\"");
            escape(url.strip(), out);
            out.append("\" rel=\"noopener noreferrer nofollow\"");
        }
        return this;
    }

    /** Sets {@code href} to a fragment of this document; the id must be letters, digits and dashes. */
    HtmlWriter fragment(String id) {
        if (!inStartTag) {
            throw new IllegalStateException("href after content");
        }
        if (!ATTRIBUTE.matcher(id).matches()) {
            throw new IllegalArgumentException("not a fragment id: " + id);
        }
        out.append(" href=\"#").append(id).append('"');
        return this;
    }

    /** Sets {@code src} to a {@code data:} URI of image bytes this module read and checked. */
    HtmlWriter imageData(EmbeddedImage image) {
        if (!inStartTag) {
            throw new IllegalStateException("src after content");
        }
        return dataUri("src", image);
    }

    /**
     * Sets {@code href} of an SVG {@code image} element to a {@code data:} URI of image bytes this module read
     * and checked.
     */
    HtmlWriter svgImageData(EmbeddedImage image) {
        if (!"image".equals(open.peek()) || !inStartTag) {
            throw new IllegalStateException("image data belongs on an open <image>");
        }
        return dataUri("href", image);
    }

    private HtmlWriter dataUri(String attribute, EmbeddedImage image) {
        out.append(' ')
                .append(attribute)
                .append("=\"data:")
                .append(image.mediaType())
                .append(";base64,")
                .append(Base64.getEncoder().encodeToString(image.bytes()))
                .append('"');
        return this;
    }

    /** Writes escaped text. */
    HtmlWriter text(String text) {
        finishStartTag();
        escape(text, out);
        return this;
    }

    /** Writes the module's own style sheet inside the open {@code style} element. */
    HtmlWriter styleSheet(StyleSheet sheet) {
        if (!"style".equals(open.peek())) {
            throw new IllegalStateException("a style sheet belongs in <style>");
        }
        finishStartTag();
        out.append(sheet.css());
        return this;
    }

    /** Closes the innermost open element. */
    HtmlWriter close() {
        finishStartTag();
        String element = open.pop();
        out.append("</").append(element).append('>');
        if (Set.of(
                        "p", "li", "tr", "h1", "h2", "h3", "h4", "section", "table", "div", "figure", "ul", "dl", "dd",
                        "head", "body", "html", "style", "title", "header", "footer", "main", "article", "svg")
                .contains(element)) {
            out.append('\n');
        }
        return this;
    }

    /** Writes an element with escaped text and closes it. */
    HtmlWriter element(String element, String text) {
        return open(element).text(text).close();
    }

    /** Writes an element with a class and escaped text and closes it. */
    HtmlWriter element(String element, String classes, String text) {
        return open(element).css(classes).text(text).close();
    }

    /** Writes a link (or plain text when the URL is not http(s)) with the URL as its text. */
    HtmlWriter link(String url) {
        return open("a").href(url).text(url).close();
    }

    /** The document; every opened element must be closed. */
    String finish() {
        finishStartTag();
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    /** Whether a URL may become a link: absolute, {@code http} or {@code https}, with a host. */
    static boolean linkable(String url) {
        return WebUrl.parse(url).isPresent();
    }

    /**
     * Escapes text for HTML text and double- or single-quoted attribute values; control characters other
     * than tab and newline become U+FFFD.
     */
    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '`' -> out.append("&#96;");
                case '\t', '\n' -> out.append(c);
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                        out.append('\ufffd');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    private void finishStartTag() {
        if (inStartTag) {
            out.append('>');
            inStartTag = false;
        }
    }
}
