package nl.cookiekeur.reporting;

import nl.cookiekeur.compliance.Assessment;

/** Hostile strings put into every site-controlled field of the sample assessment. */
final class Hostile {
    /** Appended to every text from the site: script, event handlers in both quote styles, breakouts. */
    static final String TEXT = "<script>window.xssRan=1;alert('xss')</script><img src=x onerror=\"window.xssRan=2\">"
            + "\"onmouseover=\"window.xssRan=3\" x='onfocus='window.xssRan=4'</style><svg onload=window.xssRan=5>"
            + "]]><!-- [klik](javascript:window.xssRan=6) <javascript:alert(7)> `code` *em* | cel";

    /** Put in front of every URL from the site, so it no longer is an http(s) URL. */
    static final String URL = "javascript:window.xssRan=8;//";

    private Hostile() {}

    /** The sample with hostile text everywhere and every URL turned into a javascript: URL. */
    static Assessment assessment() {
        return Sample.with(s -> s + TEXT, s -> URL + s);
    }

    /** The sample with hostile text everywhere but URLs left valid (so links are still written). */
    static Assessment withValidUrls() {
        return Sample.with(s -> s + TEXT, s -> s + "?q=\"><script>window.xssRan=9</script>");
    }
}
