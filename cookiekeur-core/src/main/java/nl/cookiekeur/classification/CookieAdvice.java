package nl.cookiekeur.classification;

import java.util.Objects;
import nl.cookiekeur.law.Advice;
import nl.cookiekeur.law.Answers;

/**
 * The advice of the beslisboom for one classified cookie, with the answers it was derived from and why.
 *
 * @param answers the answers to V1–V9 implied by the classification
 * @param advice the advice the decision tree gives for those answers
 * @param reason why the classification led to these answers
 */
public record CookieAdvice(Answers answers, Advice advice, AdviceReason reason) {
    public CookieAdvice {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(reason, "reason");
    }

    /** The advice number, 1–10. */
    public int number() {
        return advice.number().number();
    }

    /** Whether prior consent is required. */
    public boolean consentRequired() {
        return advice.consentRequired();
    }
}
