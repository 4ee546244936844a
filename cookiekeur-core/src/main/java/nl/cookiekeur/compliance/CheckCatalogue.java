package nl.cookiekeur.compliance;

import java.util.List;

/** Every check of the rule catalogue, in id order: the one place where checks are registered. */
final class CheckCatalogue {
    private CheckCatalogue() {}

    /** The checks, one per catalogue id. */
    static List<Check> all() {
        return List.of(
                new TrackingBeforeConsentCheck(),
                new TrackerRequestsCheck(),
                new TrackingAfterRefusalCheck(),
                new RejectOnFirstLayerCheck(),
                new RejectStepsCheck(),
                new PreTickedCheck(),
                new CookieWallCheck(),
                new PublicBodyWallCheck(),
                new SessionReplayCheck(),
                new FingerprintingCheck());
    }
}
