package nl.cookiekeur.web.wizard;

import java.util.List;
import nl.cookiekeur.law.AdviceText;
import nl.cookiekeur.law.Citation;
import nl.cookiekeur.law.ObligationText;

/**
 * The wizard's outcome as a page shows it.
 *
 * @param number the advice number (1 … 9)
 * @param text the advice in the page's language
 * @param consentRequired whether prior consent is required
 * @param informationDuty whether the information duty of the Telecommunicatiewet applies
 * @param obligations obligations added by the cross-cutting answers
 * @param path every question asked with its answer, in the page's language
 * @param citations the sources of the advice and its obligations
 * @param permalink the address of this advice (the answers in the query)
 * @param printHref the print view of this advice
 * @param back the address of the last question, to change the last answer
 */
public record AdviceView(
        int number,
        AdviceText text,
        boolean consentRequired,
        boolean informationDuty,
        List<ObligationText> obligations,
        List<PathStep> path,
        List<Citation> citations,
        String permalink,
        String printHref,
        String back) {

    /** A question on the way with the answer given. */
    public record PathStep(String id, String question, boolean answer) {}

    public AdviceView {
        obligations = List.copyOf(obligations);
        path = List.copyOf(path);
        citations = List.copyOf(citations);
    }
}
