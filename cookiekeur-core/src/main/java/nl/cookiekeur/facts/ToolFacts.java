package nl.cookiekeur.facts;

import java.util.Objects;

/**
 * What the owner declares about one tool's settings, on the owner's word. Only all four together meet the
 * conditions of the Dutch analytics exemption that a scan cannot see.
 *
 * @param toolId the tool profile id, such as {@code google-analytics-4}
 * @param ipAnonymised the visitor's IP address is masked (shortened) before it is stored
 * @param dataSharingOff the data are not shared with the vendor or others for their own purposes
 * @param processorAgreement a processor agreement (verwerkersovereenkomst) with the vendor is in place
 * @param noUserIds no user ids, login or CRM data are combined with the analytics data
 */
public record ToolFacts(
        String toolId, boolean ipAnonymised, boolean dataSharingOff, boolean processorAgreement, boolean noUserIds) {

    public ToolFacts {
        Objects.requireNonNull(toolId, "toolId");
        if (toolId.isBlank()) {
            throw new IllegalArgumentException("toolId must not be blank");
        }
    }

    /** Whether the owner declares every setting the analytics exemption needs beyond what a scan can see. */
    public boolean exemptionSettingsDeclared() {
        return ipAnonymised && dataSharingOff && processorAgreement && noUserIds;
    }
}
