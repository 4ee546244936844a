package nl.cookiekeur.evidence;

/**
 * What happened just before a banner disappeared: the watcher's best account of what removed it. The scanner is
 * the only visitor, so an input event is the scanner's own.
 */
public enum BannerRemoval {
    /** The scanner clicked (or pressed a key) in the page shortly before. */
    CLICK,
    /** The page was scrolled shortly before, with no click: taken as consent by scrolling. */
    SCROLL,
    /** The document was left (navigation, reload, tab closed) while the banner showed. */
    NAVIGATION,
    /** Nothing the visitor did: the page removed it by itself (a timer). */
    TIMER,
    /** Not applicable (an appearance) or not known. */
    NONE
}
