package nl.cookiekeur.classification;

/** What, besides the name, ties an observation to a knowledge entry's domain or vendor. */
public enum Evidence {
    /** Only the name matched. */
    NONE,
    /** The cookie's domain is (under) the entry's registrable domain. */
    COOKIE_DOMAIN,
    /** The script that set it was loaded from (under) the entry's registrable domain. */
    SETTER_SCRIPT,
    /** The script that set it belongs to a tracker of the entry's vendor. */
    VENDOR,
    /** The visited site itself is (under) the entry's registrable domain. */
    SITE,
    /**
     * The name itself carries the entry's platform name as a separate word, such as {@code
     * mp_<token>_mixpanel} for Mixpanel's {@code mp_} entry.
     */
    NAME
}
