package nl.cookiekeur.cli.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.Page;
import nl.cookiekeur.law.Advice;
import nl.cookiekeur.law.AdviceText;
import nl.cookiekeur.law.Answers;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.law.QuestionId;
import nl.cookiekeur.law.Verdict;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/** A concluded advice with everything the website owner must know, in one language. */
record AdviceReport(
        String status,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ToolEntry tool,
        int advice,
        String title,
        boolean consentRequired,
        boolean informationDuty,
        String verdict,
        String informationDutyExplanation,
        String avgDuties,
        List<String> consentRules,
        List<String> steps,
        List<String> sanctions,
        String changesSince2012,
        List<PathStep> path,
        List<ObligationEntry> obligations,
        List<CitationEntry> citations,
        List<String> unusedAnswers,
        List<String> unansweredCrossCutting,
        String answers) {

    static AdviceReport of(
            Verdict.Concluded concluded,
            Answers answers,
            DecisionTree tree,
            Language language,
            @Nullable ToolEntry tool) {
        Advice advice = concluded.advice();
        AdviceText text = tree.texts().advice(advice, language);
        return new AdviceReport(
                "concluded",
                tool,
                advice.number().number(),
                text.title(),
                advice.consentRequired(),
                advice.informationDuty(),
                text.verdict(),
                text.informationDuty(),
                text.dataProtection(),
                text.consentRules(),
                text.steps(),
                text.sanctions(),
                text.changesSince2012(),
                PathStep.of(concluded.path().steps(), tree, language),
                ObligationEntry.of(concluded.obligations(), tree, language),
                CitationEntry.all(advice.citations()),
                names(concluded.unusedAnswers().stream().sorted().toList()),
                names(openCrossCutting(concluded, tree)),
                answers.toString());
    }

    /** The unanswered cross-cutting questions that could add an obligation to this advice, in id order. */
    static List<QuestionId> openCrossCutting(Verdict.Concluded concluded, DecisionTree tree) {
        return concluded.unansweredCrossCutting().stream()
                .filter(id -> tree.crossCuttingQuestions().stream()
                        .anyMatch(question -> question.id() == id
                                && question.appliesTo()
                                        .contains(concluded.advice().number())))
                .sorted()
                .toList();
    }

    private static List<String> names(List<QuestionId> ids) {
        return ids.stream().map(QuestionId::name).toList();
    }

    void print(Page page, Messages messages) {
        page.title(
                tool == null
                        ? messages.get("advies.title", advice, title)
                        : messages.get("advies.title.tool", tool.name(), advice, title));
        page.paragraph(verdict);
        page.field(messages.get("advies.consentRequired"), Answer.word(consentRequired, messages));
        page.field(messages.get("advies.informationDuty"), Answer.word(informationDuty, messages));
        if (tool != null) {
            tool.print(page, messages);
        }
        page.section(messages.get("advies.section.informationDuty"));
        page.paragraph(informationDutyExplanation);
        page.section(messages.get("advies.section.avg"));
        page.paragraph(avgDuties);
        if (!consentRules.isEmpty()) {
            page.section(messages.get("advies.section.consentRules"));
            page.bullets(consentRules);
        }
        page.section(messages.get("advies.section.steps"));
        page.numbered(steps);
        if (!sanctions.isEmpty()) {
            page.section(messages.get("advies.section.sanctions"));
            page.bullets(sanctions);
        }
        obligations.forEach(obligation -> obligation.print(page, messages));
        page.section(messages.get("advies.section.path"));
        page.bullets(PathStep.lines(path, messages));
        printNotes(page, messages);
        page.section(messages.get("advies.section.changes"));
        page.paragraph(changesSince2012);
        page.section(messages.get("advies.section.citations"));
        page.bullets(CitationEntry.lines(citations, messages));
    }

    private void printNotes(Page page, Messages messages) {
        if (!unusedAnswers.isEmpty()) {
            page.paragraph(messages.get("advies.unused", String.join(", ", unusedAnswers)));
        }
        if (!unansweredCrossCutting.isEmpty()) {
            page.paragraph(messages.get(
                    "advies.unansweredCrossCutting",
                    String.join(", ", unansweredCrossCutting),
                    unansweredCrossCutting.get(0)));
        }
    }
}
