package nl.cookiekeur.web.wizard;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.law.Advice;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.AnsweredQuestion;
import nl.cookiekeur.law.Citation;
import nl.cookiekeur.law.CrossCuttingObligation;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.law.InvalidAnswerException;
import nl.cookiekeur.law.QuestionId;
import nl.cookiekeur.law.QuestionKind;
import nl.cookiekeur.law.Verdict;
import nl.cookiekeur.text.Language;
import nl.cookiekeur.web.page.PageContext;
import nl.cookiekeur.web.page.Templates;

/**
 * {@code GET /app/advies}: the beslisboom one question per page. Each page is a plain GET form whose buttons
 * add one answer to the address, so the address is the permalink, "back" is a link and no script is needed.
 */
public final class WizardPages {
    /** The wizard's address. */
    public static final String PATH = "/app/advies";

    private final DecisionTree tree;
    private final Advisor advisor;
    private final Templates templates;
    private final Progress progress;
    private final int mostCrossCutting;

    public WizardPages(DecisionTree tree, Advisor advisor, Templates templates) {
        this.tree = tree;
        this.advisor = advisor;
        this.templates = templates;
        this.progress = new Progress(tree);
        this.mostCrossCutting = tree.advices().stream()
                .mapToInt(advice -> (int) tree.crossCuttingQuestions().stream()
                        .filter(question -> question.appliesTo().contains(advice.number()))
                        .count())
                .max()
                .orElse(0);
    }

    /** Shows the next question, or the advice when every question on the way is answered. */
    public void show(Context ctx, PageContext page) {
        WizardTrail trail;
        try {
            trail = WizardTrail.read(ctx, tree, advisor);
        } catch (InvalidAnswerException e) {
            templates.problem(ctx, page, 400, page.t("wizard.invalidAnswer"));
            return;
        }
        if (trail.next().isPresent()) {
            templates.render(ctx, "wizard/question.jte", Map.of("page", page, "q", question(trail, page)));
        } else if (trail.verdict() instanceof Verdict.Concluded concluded) {
            boolean print = "1".equals(ctx.queryParam("print"));
            templates.render(
                    ctx,
                    print ? "wizard/print.jte" : "wizard/advice.jte",
                    Map.of("page", page, "a", advice(trail, concluded, page)));
        } else {
            templates.problem(ctx, page, 400, page.t("wizard.invalidAnswer"));
        }
    }

    private QuestionView question(WizardTrail trail, PageContext page) {
        QuestionId id = trail.next().orElseThrow();
        boolean crossCutting = id.kind() == QuestionKind.CROSS_CUTTING;
        int answered = trail.asked().size();
        int remaining = crossCutting ? openCrossCutting(trail) : progress.depthFrom(id) + mostCrossCutting;
        List<QuestionView.Field> hidden = new ArrayList<>();
        for (AnsweredQuestion step : trail.asked()) {
            hidden.add(new QuestionView.Field(step.question().name(), step.answer() ? "ja" : "nee"));
        }
        List<Citation> citations = tree.question(id).citations();
        return new QuestionView(
                id.name(),
                tree.texts().question(id, page.language()),
                crossCutting,
                answered + 1,
                answered,
                answered + Math.max(1, remaining),
                hidden,
                trail.backQuery().map(query -> page.href(address(query))).orElse(null),
                citations);
    }

    private int openCrossCutting(WizardTrail trail) {
        if (!(trail.verdict() instanceof Verdict.Concluded concluded)) {
            return 1;
        }
        return (int) tree.crossCuttingQuestions().stream()
                .filter(question ->
                        question.appliesTo().contains(concluded.advice().number()))
                .filter(question -> trail.answers().answer(question.id()).isEmpty())
                .count();
    }

    private AdviceView advice(WizardTrail trail, Verdict.Concluded concluded, PageContext page) {
        Language language = page.language();
        Advice advice = concluded.advice();
        Map<String, Citation> citations = new LinkedHashMap<>();
        advice.citations().forEach(citation -> citations.putIfAbsent(citation.id(), citation));
        List<nl.cookiekeur.law.ObligationText> obligations = new ArrayList<>();
        for (CrossCuttingObligation obligation : concluded.obligations()) {
            obligations.add(tree.texts().obligation(obligation.source(), language));
            obligation.citations().forEach(citation -> citations.putIfAbsent(citation.id(), citation));
        }
        List<AdviceView.PathStep> path = trail.asked().stream()
                .map(step -> new AdviceView.PathStep(
                        step.question().name(),
                        tree.texts().question(step.question(), language).question(),
                        step.answer()))
                .toList();
        String query = WizardTrail.query(trail.asked());
        return new AdviceView(
                advice.number().number(),
                tree.texts().advice(advice, language),
                advice.consentRequired(),
                advice.informationDuty(),
                obligations,
                path,
                List.copyOf(citations.values()),
                page.href(address(query)),
                page.href(address(query + "&print=1")),
                page.href(address(trail.backQuery().orElse(""))));
    }

    private static String address(String query) {
        return query.isEmpty() ? PATH : PATH + "?" + query;
    }
}
