package nl.cookiekeur.cli.advice;

import java.util.List;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.Page;
import nl.cookiekeur.law.Answers;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.law.Verdict;
import nl.cookiekeur.text.Language;

/** No advice yet: the answers stop short of a leaf, and this question comes next. */
record OpenReport(String status, QuestionEntry nextQuestion, List<PathStep> path, String answers) {

    static OpenReport of(Verdict.Open open, Answers answers, DecisionTree tree, Language language) {
        return new OpenReport(
                "open",
                QuestionEntry.of(open.nextQuestion(), tree, language),
                PathStep.of(open.pathSoFar(), tree, language),
                answers.toString());
    }

    void print(Page page, Messages messages, Answers given) {
        page.title(messages.get("advies.open.title", nextQuestion.id()));
        page.paragraph(nextQuestion.id() + ": " + nextQuestion.question());
        page.paragraph(nextQuestion.explanation());
        page.bullets(nextQuestion.examples());
        if (!path.isEmpty()) {
            page.section(messages.get("advies.section.pathSoFar"));
            page.bullets(PathStep.lines(path, messages));
        }
        page.paragraph(messages.get("advies.open.hint"));
        String earlier = given.asMap().isEmpty() ? "" : Answer.asOptions(given, messages) + " ";
        page.command(messages.get("advies.open.command", earlier, nextQuestion.id()));
    }
}
