package nl.cookiekeur.evidence;

/** Where in the page a consent banner was found. */
public enum BannerLocation {
    MAIN_FRAME,
    IFRAME,
    SHADOW_ROOT
}
