package nl.cookiekeur.reporting.view;

import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.law.LegalTexts;
import nl.cookiekeur.text.Language;

/** The short titles of the ten beslisboom advices, from the validated legal texts, loaded once. */
final class AdviceTitles {
    private static final LegalTexts TEXTS = DecisionTree.load().texts();

    private AdviceTitles() {}

    /** The title of advice {@code number} (1–10) in the language; a number outside 1–10 is a programming error. */
    static String title(int number, Language language) {
        return TEXTS.find("advice." + number + ".title", language)
                .orElseThrow(() -> new IllegalArgumentException("no advice " + number));
    }
}
