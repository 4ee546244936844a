package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.Urls;
import nl.cookiekeur.site.RegistrableDomain;

/**
 * The scan started on a deep page (not the home page) that tracks before any choice, while the home page,
 * also visited before any choice, does not: the situation of NL-CK-27 seen from the other side, where the
 * deep page is the scan's start page rather than a separate deep entry. It can only be known when the crawl
 * visited the home page; without that visit nothing is said. "Does not track" means: no tracking request
 * sent from the home page and no tracking item first seen there. The comparison is exact (certain) when the
 * home page was entered in a fresh profile, likely when it was visited after the start page in the same
 * profile (items set before cannot show up again there, so only requests and new items count).
 */
final class DeepStartPage {
    private static final Pattern HOME_PATH = Pattern.compile("/?(index\\.(html?|php|aspx?))?");

    private DeepStartPage() {}

    /** The {@code startpage} hit of NL-CK-27, or empty when the start page is the home page or it cannot be told. */
    static Optional<Hit> hit(AssessmentContext context, CheckId check) {
        List<PageVisit> visits = context.visits(Phase.INITIAL);
        Optional<PageVisit> start = visits.stream()
                .filter(v -> !v.deepEntry() && v.error().isBlank())
                .min(Comparator.comparingInt(PageVisit::order));
        if (start.isEmpty() || home(start.get().finalUrl()) || home(start.get().url())) {
            return Optional.empty();
        }
        Optional<PageVisit> home = visits.stream()
                .filter(v -> v.error().isBlank() && (home(v.url()) || home(v.finalUrl())))
                .filter(v -> RegistrableDomain.sameSite(context.siteHost(), Urls.host(v.finalUrl())))
                .min(Comparator.comparing(PageVisit::deepEntry).reversed().thenComparingInt(PageVisit::order));
        if (home.isEmpty()) {
            return Optional.empty();
        }
        List<ClassifiedItem> startItems = trackingItems(context, start.get());
        List<TrackedRequest> startRequests = trackingRequests(context, start.get());
        if (startItems.isEmpty() && startRequests.isEmpty()) {
            return Optional.empty();
        }
        if (!trackingItems(context, home.get()).isEmpty()
                || !trackingRequests(context, home.get()).isEmpty()) {
            return Optional.empty();
        }
        List<EvidenceRef> refs = new ArrayList<>();
        refs.add(EvidenceRefs.page(start.get()));
        refs.add(EvidenceRefs.page(home.get()));
        startItems.stream().map(ClassifiedItem::ref).forEach(refs::add);
        startRequests.stream().map(TrackedRequest::ref).forEach(refs::add);
        return Optional.of(new Hit(
                check.severity(),
                home.get().deepEntry() ? Confidence.CERTAIN : Confidence.LIKELY,
                Phase.INITIAL,
                "startpage",
                List.of(start.get().url(), home.get().url()),
                refs,
                null));
    }

    /** Whether the URL is a site's home page: an empty path, {@code /} or {@code /index.html} and the like. */
    static boolean home(String url) {
        String path = Urls.parseOrBlank(url).getPath();
        return Urls.host(url).length() > 0
                && (path == null || HOME_PATH.matcher(path).matches());
    }

    private static boolean on(PageVisit visit, String pageUrl) {
        return visit.url().equals(pageUrl) || visit.finalUrl().equals(pageUrl);
    }

    private static List<ClassifiedItem> trackingItems(AssessmentContext context, PageVisit visit) {
        return context.items(Phase.INITIAL).stream()
                .filter(ClassifiedItem::tracking)
                .filter(i -> on(visit, i.pageUrl()))
                .toList();
    }

    private static List<TrackedRequest> trackingRequests(AssessmentContext context, PageVisit visit) {
        return context.trackedRequests(Phase.INITIAL).stream()
                .filter(r -> TrackingEmbeds.trackingRequest(context, r))
                .filter(r -> on(visit, r.request().pageUrl()))
                .toList();
    }
}
