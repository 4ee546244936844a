package nl.cookiekeur.cli.advice;

import java.util.List;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.Page;
import nl.cookiekeur.law.CrossCuttingObligation;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.law.ObligationText;
import nl.cookiekeur.text.Language;

/** An obligation added by a cross-cutting question answered "ja". */
record ObligationEntry(
        String question, String title, String explanation, List<String> steps, List<CitationEntry> citations) {

    static List<ObligationEntry> of(List<CrossCuttingObligation> obligations, DecisionTree tree, Language language) {
        return obligations.stream()
                .map(obligation -> {
                    ObligationText text = tree.texts().obligation(obligation.source(), language);
                    return new ObligationEntry(
                            obligation.source().name(),
                            text.title(),
                            text.explanation(),
                            text.steps(),
                            CitationEntry.all(obligation.citations()));
                })
                .toList();
    }

    void print(Page page, Messages messages) {
        page.section(messages.get("advies.obligation", question, title));
        page.paragraph(explanation);
        page.numbered(steps);
        page.paragraph(messages.get("advies.sources"));
        page.bullets(CitationEntry.lines(citations, messages));
    }
}
