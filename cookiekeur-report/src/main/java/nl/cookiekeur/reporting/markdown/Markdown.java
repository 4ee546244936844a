package nl.cookiekeur.reporting.markdown;

/**
 * Escapes untrusted text for Markdown (CommonMark and GitHub Flavored Markdown): the punctuation that opens a
 * link, an image, an emphasis, code, a table cell, an HTML tag or an entity is backslash-escaped, and so is a
 * first character that could start a list, a quote or a heading; line breaks become spaces so text stays in
 * its table cell or line. Plain {@code http(s)} URLs may still be auto-linked by a viewer, which is harmless;
 * no other scheme can become a link.
 */
final class Markdown {
    private static final String SPECIAL = "\\`*_{}[]<>#!|~&$";
    private static final String LINE_START = "-+=>";

    private Markdown() {}

    /** The text, safe inside a paragraph or a table cell. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                out.append(' ');
            } else if (c < 0x20 || c == 0x7f) {
                out.append('\ufffd');
            } else if (SPECIAL.indexOf(c) >= 0
                    || (i == 0 && LINE_START.indexOf(c) >= 0)
                    || (c == '.' && digitsBefore(text, i))) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean digitsBefore(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return end > 0;
    }

    /** A table row of escaped cells. */
    static String row(java.util.List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        for (String cell : cells) {
            out.append(' ').append(escape(cell)).append(" |");
        }
        return out.append('\n').toString();
    }

    /** A table header of our own (trusted) labels, with its separator line. */
    static String header(java.util.List<String> labels) {
        StringBuilder out = new StringBuilder(row(labels)).append('|');
        for (int i = 0; i < labels.size(); i++) {
            out.append(" --- |");
        }
        return out.append('\n').toString();
    }
}
