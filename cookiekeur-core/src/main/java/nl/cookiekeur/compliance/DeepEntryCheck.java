package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-27: a page entered directly (not the start page) tracks before any choice where the start page did
 * not (main text), or shows no banner although the start page does ({@code nobanner} variant), or the scan's
 * start page is itself a deep page that tracks while the home page does not ({@code startpage} variant, see
 * {@link DeepStartPage}).
 */
final class DeepEntryCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_27;
    }

    @Override
    public List<String> variants() {
        return List.of("explanation.nobanner", "explanation.startpage");
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        List<ClassifiedItem> tracking = context.items(Phase.INITIAL).stream()
                .filter(ClassifiedItem::tracking)
                .toList();
        Set<String> elsewhere = tracking.stream()
                .filter(i -> InitialTimeline.of(context, i) != InitialTimeline.DEEP_ENTRY)
                .map(ClassifiedItem::identity)
                .collect(Collectors.toSet());
        List<ClassifiedItem> deepOnly = tracking.stream()
                .filter(i -> InitialTimeline.of(context, i) == InitialTimeline.DEEP_ENTRY)
                .filter(i -> !elsewhere.contains(i.identity()))
                .toList();
        List<Hit> hits = new ArrayList<>(Hits.forItems(id(), Phase.INITIAL, deepOnly, ""));
        boolean startHasBanner = context.evidence().banners(Phase.INITIAL).stream()
                .filter(BannerObservation::found)
                .anyMatch(b -> context.visitOf(Phase.INITIAL, b.pageUrl())
                        .map(v -> !v.deepEntry())
                        .orElse(true));
        if (startHasBanner) {
            List<EvidenceRef> refs = new ArrayList<>();
            List<String> pages = new ArrayList<>();
            for (BannerObservation banner : context.evidence().banners(Phase.INITIAL)) {
                PageVisit visit =
                        context.visitOf(Phase.INITIAL, banner.pageUrl()).orElse(null);
                if (!banner.found() && visit != null && visit.deepEntry()) {
                    refs.add(EvidenceRefs.page(visit));
                    pages.add(visit.url());
                }
            }
            if (!refs.isEmpty()) {
                hits.add(new Hit(
                        id().severity(),
                        Confidence.CERTAIN,
                        Phase.INITIAL,
                        "nobanner",
                        List.of(Integer.toString(pages.size()), Hits.names(pages)),
                        refs,
                        null));
            }
        }
        DeepStartPage.hit(context, id()).ifPresent(hits::add);
        return CheckResult.of(hits);
    }
}
