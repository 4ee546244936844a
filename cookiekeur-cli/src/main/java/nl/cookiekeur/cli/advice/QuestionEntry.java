package nl.cookiekeur.cli.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.Page;
import nl.cookiekeur.law.AdviceNumber;
import nl.cookiekeur.law.CrossCuttingQuestion;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.law.MainQuestion;
import nl.cookiekeur.law.Question;
import nl.cookiekeur.law.QuestionText;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * A question of the beslisboom with its wording; main questions say where ja and nee lead, cross-cutting ones
 * to which advices their extra obligation applies.
 */
record QuestionEntry(
        String id,
        String kind,
        String question,
        String explanation,
        List<String> examples,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable StepEntry yes,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable StepEntry no,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> appliesTo,
        List<CitationEntry> citations) {

    static QuestionEntry of(Question question, DecisionTree tree, Language language) {
        QuestionText text = tree.texts().question(question.id(), language);
        List<CitationEntry> citations = CitationEntry.all(question.citations());
        return switch (question) {
            case MainQuestion main ->
                new QuestionEntry(
                        main.id().name(),
                        "main",
                        text.question(),
                        text.explanation(),
                        text.examples(),
                        StepEntry.of(main.yes()),
                        StepEntry.of(main.no()),
                        List.of(),
                        citations);
            case CrossCuttingQuestion crossCutting ->
                new QuestionEntry(
                        crossCutting.id().name(),
                        "cross-cutting",
                        text.question(),
                        text.explanation(),
                        text.examples(),
                        null,
                        null,
                        crossCutting.appliesTo().stream()
                                .map(AdviceNumber::number)
                                .sorted()
                                .toList(),
                        citations);
        };
    }

    void print(Page page, Messages messages) {
        page.section(messages.get("advies.tree.question", id));
        page.paragraph(question);
        page.paragraph(explanation);
        page.bullets(examples);
        if (yes != null && no != null) {
            page.field(messages.get("advies.tree.ifYes"), yes.target(messages));
            page.field(messages.get("advies.tree.ifNo"), no.target(messages));
        } else {
            page.field(
                    messages.get("advies.tree.appliesTo"),
                    String.join(", ", appliesTo.stream().map(String::valueOf).toList()));
        }
        page.paragraph(messages.get("advies.sources"));
        page.bullets(CitationEntry.lines(citations, messages));
    }
}
