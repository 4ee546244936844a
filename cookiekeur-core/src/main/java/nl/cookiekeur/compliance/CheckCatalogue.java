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
                new RejectAsLinkCheck(),
                new ProminenceCheck(),
                new UnreadableRejectCheck(),
                new PreTickedCheck(),
                new NavigationConsentCheck(),
                new CookieWallCheck(),
                new PublicBodyWallCheck(),
                new LegitimateInterestCheck(),
                new WronglyNecessaryCheck(),
                new WithdrawalMissingCheck(),
                new WithdrawalNotWorkingCheck(),
                new FirstLayerInformationCheck(),
                new SteeringWordingCheck(),
                new StatementCheck(),
                new DeclaredLifetimeCheck(),
                new AnalyticsExemptionCheck(),
                new SessionReplayCheck(),
                new FingerprintingCheck(),
                new PixelsAndClickIdsCheck(),
                new EmbedsCheck(),
                new ConsentModePingsCheck(),
                new DeepEntryCheck(),
                new ChoiceRememberedCheck(),
                new ReaskCheck(),
                new GranularityCheck(),
                new ConsentRecordCheck(),
                new BannerLanguageCheck(),
                new LeadGenerationCheck(),
                new ProactiveChatCheck(),
                new ConsentCookieLifetimeCheck());
    }
}
