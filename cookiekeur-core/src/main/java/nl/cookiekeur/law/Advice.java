package nl.cookiekeur.law;

import java.util.List;
import java.util.Objects;

/**
 * One of the ten advices at the leaves of the beslisboom; its texts are in
 * {@link LegalTexts#advice(Advice, nl.cookiekeur.text.Language)}.
 *
 * @param number the advice number 1–10
 * @param consentRequired whether prior consent is required (Tw art. 11.7a lid 1 onder b)
 * @param informationDuty whether the Telecommunicatiewet information duty (lid 1 onder a) applies; the AVG
 *     art. 13 duty may apply even when this is false
 * @param citations the legal sources that ground the advice
 */
public record Advice(AdviceNumber number, boolean consentRequired, boolean informationDuty, List<Citation> citations) {

    public Advice {
        Objects.requireNonNull(number, "number");
        citations = List.copyOf(citations);
    }
}
