package nl.cookiekeur.law;

import java.util.List;
import java.util.Objects;

/**
 * The wording of an advice in one language.
 *
 * @param title a short name, such as "Tracking door derden"
 * @param verdict the advice in one sentence
 * @param informationDuty what the information duty is under the Telecommunicatiewet and the AVG
 * @param dataProtection the AVG duties: legal basis, art. 13 information, processors and joint controllers
 * @param consentRules the quality rules for valid consent; empty when no consent is required
 * @param steps concrete steps for the website owner, in order
 * @param sanctions what a breach can cost, with uncertain figures marked as such; empty when no consent is
 *     required
 * @param changesSince2012 what changed compared with the 2012 advice (which named WBP, CBP and OPTA)
 */
public record AdviceText(
        String title,
        String verdict,
        String informationDuty,
        String dataProtection,
        List<String> consentRules,
        List<String> steps,
        List<String> sanctions,
        String changesSince2012) {

    public AdviceText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(informationDuty, "informationDuty");
        Objects.requireNonNull(dataProtection, "dataProtection");
        consentRules = List.copyOf(consentRules);
        steps = List.copyOf(steps);
        sanctions = List.copyOf(sanctions);
        Objects.requireNonNull(changesSince2012, "changesSince2012");
    }
}
