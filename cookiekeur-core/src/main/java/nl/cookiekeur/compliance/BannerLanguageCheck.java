package nl.cookiekeur.compliance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.PageVisit;

/** NL-CK-32: the banner speaks another language than the page it is on (by primary language subtag). */
final class BannerLanguageCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_32;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Optional<BannerObservation> found = context.banner();
        if (found.isEmpty()) {
            return CheckResult.passed();
        }
        BannerObservation banner = found.get();
        Optional<PageVisit> visit = context.visitOf(banner.phase(), banner.pageUrl());
        String bannerLanguage = primary(banner.language());
        String pageLanguage = visit.map(v -> primary(v.language())).orElse("");
        if (bannerLanguage.isEmpty() || pageLanguage.isEmpty() || bannerLanguage.equals(pageLanguage)) {
            return CheckResult.passed();
        }
        return CheckResult.of(Hits.hit(
                id(),
                Confidence.CERTAIN,
                banner.phase(),
                List.of(bannerLanguage, pageLanguage),
                List.of(EvidenceRefs.banner(banner), EvidenceRefs.page(visit.orElseThrow())),
                null));
    }

    static String primary(String tag) {
        String lower = tag.strip().toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        int underscore = lower.indexOf('_');
        int cut = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
        return cut < 0 ? lower : lower.substring(0, cut);
    }
}
