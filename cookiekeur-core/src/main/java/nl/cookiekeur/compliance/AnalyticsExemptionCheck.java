package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.classification.AdviceReason;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.evidence.Phase;
import org.jspecify.annotations.Nullable;

/**
 * NL-CK-21: analytics set without consent (before any choice, or after a refusal) that cannot rely on the
 * Dutch analytics exemption, one hit per reason: set for a third party ({@code thirdparty}), readable
 * across sites ({@code crosssite}, SameSite=None), living longer than 13 months or without end
 * ({@code lifetime}), or from a vendor that uses the data for itself ({@code vendor}: session-recording
 * services such as Clarity), or a product-analytics vendor that follows individual users ({@code userlevel}:
 * Mixpanel, PostHog and the like, see {@code UserLevelAnalytics}); the lifetime is the one the site asked for
 * ({@code capped} when Chromium cut it to 400 days, as for a default Google Analytics {@code _ga}), and
 * exempt-looking analytics whose settings the owner did not declare in the site facts is {@code undeclared}. Whether user-level ids are combined with login or CRM data cannot be seen; a
 * manual review asks for it whenever exempt-looking analytics run without consent.
 */
final class AnalyticsExemptionCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_21;
    }

    @Override
    public List<String> variants() {
        return List.of(
                "explanation.thirdparty",
                "explanation.crosssite",
                "explanation.lifetime",
                "explanation.vendor",
                "explanation.userlevel",
                "explanation.undeclared",
                "explanation.capped");
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        List<ClassifiedItem> withoutConsent = new ArrayList<>(context.items(Phase.INITIAL));
        if (context.choiceMade(Phase.REJECT)) {
            withoutConsent.addAll(context.items(Phase.REJECT));
        }
        Map<String, List<ClassifiedItem>> byReason = new LinkedHashMap<>();
        boolean exemptLooking = false;
        for (ClassifiedItem item : Hits.dedup(withoutConsent)) {
            if (item.classification().category() != Category.ANALYTICS) {
                continue;
            }
            String reason = reason(item);
            if (reason == null) {
                exemptLooking = true;
            } else {
                byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(item);
            }
        }
        List<Hit> hits = new ArrayList<>();
        byReason.forEach((reason, items) -> hits.addAll(Hits.forItems(id(), phaseOf(items), items, reason)));
        return exemptLooking ? new CheckResult(hits, "main", List.of()) : CheckResult.of(hits);
    }

    private static Phase phaseOf(List<ClassifiedItem> items) {
        return items.stream().allMatch(i -> i.phase() == Phase.REJECT) ? Phase.REJECT : Phase.INITIAL;
    }

    /** A cookie whose requested lifetime (over 13 months) the browser cut to 400 days. */
    private static boolean cappedByTheBrowser(ClassifiedItem item) {
        return item instanceof ClassifiedCookie cookie && cookie.cookie().capped();
    }

    /** Why the exemption fails for this analytics item, {@code null} when nothing observable rules it out. */
    static @Nullable String reason(ClassifiedItem item) {
        if (item.family() == VendorFamily.SESSION_REPLAY) {
            return "vendor";
        }
        AdviceReason reason = item.advice().reason();
        return switch (reason) {
            case THIRD_PARTY_ANALYTICS -> "thirdparty";
            case CROSS_SITE_ANALYTICS -> "crosssite";
            case LONG_LIVED_ANALYTICS -> cappedByTheBrowser(item) ? "capped" : "lifetime";
            case USER_LEVEL_ANALYTICS -> "userlevel";
            case UNDECLARED_ANALYTICS -> "undeclared";
            default -> null;
        };
    }
}
