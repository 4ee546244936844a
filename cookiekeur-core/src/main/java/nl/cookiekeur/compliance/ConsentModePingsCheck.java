package nl.cookiekeur.compliance;

import java.util.List;

/**
 * NL-CK-26: with Google Consent Mode in a denied state ({@code gcs=G100} and the like), requests still go to
 * the vendor before any choice or after a refusal. A signal to the vendor is still contact with it.
 */
final class ConsentModePingsCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_26;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        List<TrackedRequest> pings = WithoutConsent.requests(context).stream()
                .filter(TrackedRequest::consentModeDenied)
                .toList();
        if (pings.isEmpty()) {
            return CheckResult.passed();
        }
        return CheckResult.of(
                TrackerRequestsCheck.hostsHit(id(), pings.get(0).request().phase(), pings));
    }
}
