package nl.cookiekeur.evidence;

/** What happened to a banner candidate on the page, as the banner watcher saw it. */
public enum BannerEventKind {
    /** The candidate became visible. */
    APPEARED,
    /** The candidate was removed or hidden. */
    DISAPPEARED
}
