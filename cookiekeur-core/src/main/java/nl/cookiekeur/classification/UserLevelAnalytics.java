package nl.cookiekeur.classification;

import org.jspecify.annotations.Nullable;

/**
 * Product-analytics and A/B-testing vendors whose tools measure individual users (a distinct id per visitor,
 * events and profiles per person, sent to the vendor) rather than counting visits in aggregate. The Dutch
 * analytics exemption (Tw art. 11.7a lid 3 onder b) only covers measurement with little or no privacy impact, so
 * their identifiers need consent wherever they are stored; Cookiekeur's tool profiles say the same (advice 10 for
 * Mixpanel, PostHog, VWO and Optimizely). Session recorders such as Hotjar are handled as a vendor family of the
 * assessment.
 */
public final class UserLevelAnalytics {
    /** Lower-case vendor or platform names, compared as whole words of the classification's vendor. */
    private static final VendorWords VENDORS = VendorWords.of(
            "mixpanel", "posthog", "amplitude", "heap", "pendo", "kissmetrics", "woopra", "vwo", "optimizely");

    private UserLevelAnalytics() {}

    /** Whether the vendor (platform or tracker name, such as "Mixpanel" or "PostHog (PostHog)") is one of them. */
    public static boolean covers(@Nullable String vendor) {
        return VENDORS.cover(vendor);
    }
}
