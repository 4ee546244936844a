package nl.cookiekeur.web.tools;

import java.util.List;
import nl.cookiekeur.law.AdviceText;
import nl.cookiekeur.law.Citation;
import nl.cookiekeur.law.ObligationText;
import nl.cookiekeur.profile.ToolProfileText;

/**
 * One profile's page.
 *
 * @param id the profile id
 * @param kind the group's name in the page's language
 * @param text name, vendor, rationale, conditions and uncertainties
 * @param advice the advice number
 * @param adviceText the advice reached, in the page's language
 * @param consentRequired whether prior consent is required
 * @param obligations obligations added by cross-cutting answers
 * @param answers every answer of the profile with its question
 * @param citations the legal and vendor sources
 * @param wizardHref the wizard with the profile's answers filled in
 */
public record ToolView(
        String id,
        String kind,
        ToolProfileText text,
        int advice,
        AdviceText adviceText,
        boolean consentRequired,
        List<ObligationText> obligations,
        List<Answer> answers,
        List<Citation> citations,
        String wizardHref) {

    /** A question with the profile's answer. */
    public record Answer(String id, String question, boolean yes) {}

    public ToolView {
        obligations = List.copyOf(obligations);
        answers = List.copyOf(answers);
        citations = List.copyOf(citations);
    }
}
