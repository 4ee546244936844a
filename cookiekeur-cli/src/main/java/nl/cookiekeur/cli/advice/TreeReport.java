package nl.cookiekeur.cli.advice;

import java.util.List;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.Page;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.text.Language;

/** The whole beslisboom: every question with where its answers lead, and the ten advices. */
record TreeReport(List<QuestionEntry> questions, List<AdviceSummary> advices) {

    static TreeReport of(DecisionTree tree, Language language) {
        return new TreeReport(
                tree.questions().stream()
                        .map(question -> QuestionEntry.of(question, tree, language))
                        .toList(),
                tree.advices().stream()
                        .map(advice -> AdviceSummary.of(advice, tree, language))
                        .toList());
    }

    void print(Page page, Messages messages) {
        page.title(messages.get("advies.tree.title"));
        page.paragraph(messages.get("advies.tree.intro"));
        questions.forEach(question -> question.print(page, messages));
        page.title(messages.get("advies.tree.advices"));
        advices.forEach(advice -> advice.print(page, messages));
    }
}
