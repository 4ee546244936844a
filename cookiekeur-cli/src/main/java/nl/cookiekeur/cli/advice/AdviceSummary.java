package nl.cookiekeur.cli.advice;

import java.util.List;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.Page;
import nl.cookiekeur.law.Advice;
import nl.cookiekeur.law.AdviceText;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.text.Language;

/** One of the ten advices in brief, for the overview of the whole tree. */
record AdviceSummary(
        int advice,
        String title,
        boolean consentRequired,
        boolean informationDuty,
        String verdict,
        List<CitationEntry> citations) {

    static AdviceSummary of(Advice advice, DecisionTree tree, Language language) {
        AdviceText text = tree.texts().advice(advice, language);
        return new AdviceSummary(
                advice.number().number(),
                text.title(),
                advice.consentRequired(),
                advice.informationDuty(),
                text.verdict(),
                CitationEntry.all(advice.citations()));
    }

    void print(Page page, Messages messages) {
        page.section(messages.get("advies.title", advice, title));
        page.paragraph(verdict);
        page.field(messages.get("advies.consentRequired"), Answer.word(consentRequired, messages));
        page.field(messages.get("advies.informationDuty"), Answer.word(informationDuty, messages));
        page.paragraph(messages.get("advies.sources"));
        page.bullets(CitationEntry.lines(citations, messages));
    }
}
