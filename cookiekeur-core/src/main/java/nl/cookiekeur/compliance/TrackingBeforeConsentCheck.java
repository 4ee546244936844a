package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cookiekeur.evidence.BehaviourKind;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScriptBehaviour;

/**
 * NL-CK-01: cookies or storage that track (marketing, non-exempt analytics, session recording, lead
 * generation) are written on the first page before any choice. Items that appear only after navigating
 * (NL-CK-10) or on a deep entry page (NL-CK-27) are left to those checks. Items Cookiekeur cannot identify but
 * that may track ({@link UnidentifiedItems}) are not passed silently: they are a finding of severity hoog with
 * {@link Confidence#NEEDS_REVIEW} ({@code unidentified} variant). An identifier a script wrote and then sent out
 * ({@link BehaviourKind#TRACKING_IDENTIFIER}) is tracking by behaviour: a {@link Confidence#LIKELY} hit
 * ({@code behaviour} variant) that names the key, the script and where it went. A persistent preference cookie
 * written without any action of the visitor ({@link UnrequestedPreferences}) needs review too ({@code preference}
 * variant, severity middel): a preference is exempt only when the visitor chose it. Items that need consent but
 * do not track ({@link NonTrackingConsent}: a payment provider where nobody pays, Google reCAPTCHA, a marketing
 * pop-up's display counter) are hits of their own variant, confidence and severity.
 */
final class TrackingBeforeConsentCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_01;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        if (!context.evidence().ran(Phase.INITIAL)) {
            return CheckResult.manual();
        }
        // with a banner, tracking that starts on a later page is consent assumed from navigation (NL-CK-10)
        boolean bannerShown = context.evidence().banners(Phase.INITIAL).stream().anyMatch(b -> b.found());
        List<ClassifiedItem> placed = context.items(Phase.INITIAL).stream()
                .filter(i -> switch (InitialTimeline.of(context, i)) {
                    case FIRST_PAGE -> true;
                    case LATER_PAGE -> !bannerShown;
                    case DEEP_ENTRY -> false;
                })
                .toList();
        List<ClassifiedItem> tracking = placed.stream()
                .filter(ClassifiedItem::tracking)
                .filter(i -> NonTrackingConsent.of(i).isEmpty())
                .toList();
        Set<String> trackingNames = tracking.stream().map(ClassifiedItem::name).collect(Collectors.toSet());
        List<ScriptBehaviour> identifiers =
                Behaviours.of(context, Phase.INITIAL, BehaviourKind.TRACKING_IDENTIFIER).stream()
                        .filter(b -> !trackingNames.contains(b.key()))
                        .toList();
        Set<String> sentOut = Set.copyOf(Behaviours.keys(identifiers));
        List<ClassifiedItem> unidentified = placed.stream()
                .filter(UnidentifiedItems::needsReview)
                .filter(i -> !sentOut.contains(i.name()))
                .toList();
        List<Hit> hits = new ArrayList<>(Hits.forItems(id(), Phase.INITIAL, tracking, ""));
        hits.addAll(Behaviours.hit(
                id(),
                Phase.INITIAL,
                identifiers,
                List.of(
                        Integer.toString(sentOut.size()),
                        Hits.names(sentOut),
                        Behaviours.scripts(identifiers),
                        Behaviours.targets(identifiers))));
        hits.addAll(Hits.forUnidentified(id(), Phase.INITIAL, unidentified));
        hits.addAll(Hits.forReview(
                id(),
                Phase.INITIAL,
                placed.stream().filter(UnrequestedPreferences::needsReview).toList(),
                Severity.MIDDEL,
                UnrequestedPreferences.VARIANT));
        for (NonTrackingConsent kind : NonTrackingConsent.values()) {
            hits.addAll(Hits.forItems(
                    id(),
                    Phase.INITIAL,
                    placed.stream().filter(kind::holds).toList(),
                    kind.severity(),
                    kind.confidence(),
                    kind.variant()));
        }
        return CheckResult.of(hits);
    }

    @Override
    public List<String> variants() {
        List<String> variants = new ArrayList<>(List.of(
                "explanation." + Hits.UNIDENTIFIED,
                "remediation." + Hits.UNIDENTIFIED,
                "explanation.behaviour",
                "explanation." + UnrequestedPreferences.VARIANT,
                "remediation." + UnrequestedPreferences.VARIANT));
        for (NonTrackingConsent kind : NonTrackingConsent.values()) {
            variants.addAll(kind.textKeys());
        }
        return List.copyOf(variants);
    }
}
