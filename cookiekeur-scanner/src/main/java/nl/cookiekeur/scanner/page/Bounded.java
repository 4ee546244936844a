package nl.cookiekeur.scanner.page;

/** Cuts untrusted text to a bounded length. */
final class Bounded {

    private Bounded() {}

    /** The text, cut to at most {@code max} characters (without splitting a surrogate pair). */
    static String text(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
