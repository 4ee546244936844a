package nl.cookiekeur.classification;

/** The kind of a tracker domain, finer than {@link Category} where the purpose depends on use. */
public enum TrackerKind {
    ADVERTISING(Category.MARKETING),
    SOCIAL_MEDIA(Category.MARKETING),
    SITE_ANALYTICS(Category.ANALYTICS),
    /**
     * What WhoTracks.me calls "essential": mostly tag managers, also trust seals and fraud checks. Not a legal
     * category: a tag manager is as necessary as what it loads, so the kind alone implies nothing.
     */
    ESSENTIAL(Category.UNKNOWN),
    CDN(Category.NECESSARY),
    HOSTING(Category.NECESSARY),
    CONSENT(Category.NECESSARY),
    /** Chat, feedback and support widgets: purpose depends on the cookies they set. */
    CUSTOMER_INTERACTION(Category.UNKNOWN),
    /** Embedded audio and video players: purpose depends on the cookies they set. */
    AUDIO_VIDEO_PLAYER(Category.UNKNOWN),
    UNKNOWN(Category.UNKNOWN);

    private final Category category;

    TrackerKind(Category category) {
        this.category = category;
    }

    /** The category this kind implies on its own; unknown where only the cookies can tell. */
    public Category category() {
        return category;
    }
}
