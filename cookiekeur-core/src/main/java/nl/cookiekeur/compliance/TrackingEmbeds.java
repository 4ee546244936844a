package nl.cookiekeur.compliance;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.TrackerKind;
import nl.cookiekeur.site.RegistrableDomain;

/**
 * Embedded players and plug-ins (video, social) whose own domain writes tracking identifiers in the same phase,
 * such as a standard YouTube embed that sets {@code VISITOR_INFO1_LIVE}: contacting such a host is contacting a
 * tracker, whatever the tracker list calls it. A player that loads without identifiers of its domain (the
 * privacy-enhanced {@code youtube-nocookie.com} player before it is played) is not one.
 */
final class TrackingEmbeds {
    private static final Set<TrackerKind> EMBED_KINDS =
            Set.of(TrackerKind.AUDIO_VIDEO_PLAYER, TrackerKind.SOCIAL_MEDIA);

    private TrackingEmbeds() {}

    /** Whether the request goes to an embed host whose registrable domain wrote tracking items in its phase. */
    static boolean tracks(AssessmentContext context, TrackedRequest request) {
        return trackedAs(context, request).isPresent();
    }

    /**
     * The category an embed host is judged by: the strictest category (marketing before analytics) of the
     * tracking items its registrable domain wrote in the request's phase; empty when it is no embed host or
     * its domain wrote none.
     */
    static Optional<Category> trackedAs(AssessmentContext context, TrackedRequest request) {
        if (!EMBED_KINDS.contains(request.tracker().kind())) {
            return Optional.empty();
        }
        String domain = RegistrableDomain.siteOf(request.request().host());
        List<Category> written = context.items(request.request().phase()).stream()
                .filter(ClassifiedItem::tracking)
                .filter(item -> RegistrableDomain.siteOf(EmbedsCheck.hostOf(item.where()))
                        .equals(domain))
                .map(item -> item.classification().category())
                .toList();
        if (written.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(written.contains(Category.MARKETING) ? Category.MARKETING : written.getFirst());
    }

    /** Whether contacting the host of this request is tracking: a tracking host, or an embed that tracks. */
    static boolean trackingRequest(AssessmentContext context, TrackedRequest request) {
        return request.tracking() || tracks(context, request);
    }
}
