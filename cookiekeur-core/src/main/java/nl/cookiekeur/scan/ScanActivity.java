package nl.cookiekeur.scan;

/**
 * What a running scan is doing at a progress step; each edge shows it in the user's language (the command
 * line's texts are keyed by {@link #code()}).
 */
public enum ScanActivity {
    /** Planning the pages: links of the start page and the sitemap. */
    FINDING_PAGES("finding-pages"),
    /** Reading the site's cookie and privacy statements. */
    READING_STATEMENTS("reading-statements"),
    /** Loading a page. */
    LOADING("loading"),
    /** Scrolling through a page as a reader would. */
    SCROLLING("scrolling"),
    /** Looking for the consent banner. */
    SEARCHING_BANNER("searching-banner"),
    /** Refusing consent on the banner. */
    REJECTING("rejecting"),
    /** Giving consent on the banner. */
    ACCEPTING("accepting"),
    /** Withdrawing consent given earlier. */
    WITHDRAWING("withdrawing"),
    /** The page's cookies, storage and requests are collected. */
    COLLECTED("collected"),
    /** The phase is finished. */
    DONE("done");

    private final String code;

    ScanActivity(String code) {
        this.code = code;
    }

    /** A stable lower-case code, for message keys and JSON. */
    public String code() {
        return code;
    }
}
