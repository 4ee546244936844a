package nl.cookiekeur.scanner;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import nl.cookiekeur.scanner.browser.PageProbe;

/** Bounded strings read from a page that may be gone or hostile. */
final class Texts {
    private Texts() {}

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** The page's URL, empty when the page is gone. */
    static String url(Page page) {
        try {
            return page.url();
        } catch (PlaywrightException e) {
            return "";
        }
    }

    /** A string the page computes within a second, empty otherwise. */
    static String evaluate(Page page, String expression) {
        if (page.isClosed()) {
            return "";
        }
        Object value = PageProbe.value(page, expression, 1000);
        return value instanceof String text ? text : "";
    }
}
