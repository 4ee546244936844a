package nl.cookiekeur.web.tools;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.law.ObligationText;
import nl.cookiekeur.profile.ToolCatalogue;
import nl.cookiekeur.profile.ToolKind;
import nl.cookiekeur.profile.ToolProfile;
import nl.cookiekeur.text.Language;
import nl.cookiekeur.web.page.PageContext;
import nl.cookiekeur.web.page.Templates;

/**
 * {@code GET /app/tools}: every tool profile, searchable by name, vendor or id ({@code ?q=}) and filtered by
 * kind ({@code ?soort=}); {@code GET /app/tools/{id}}: one profile with its advice, conditions and sources.
 */
public final class ToolPages {
    /** The list's address. */
    public static final String PATH = "/app/tools";

    private static final int LONGEST_QUERY = 100;

    private final ToolCatalogue catalogue;
    private final DecisionTree tree;
    private final Templates templates;

    public ToolPages(ToolCatalogue catalogue, DecisionTree tree, Templates templates) {
        this.catalogue = catalogue;
        this.tree = tree;
        this.templates = templates;
    }

    /** The list, searched and filtered. */
    public void list(Context ctx, PageContext page) {
        String query = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        if (query.length() > LONGEST_QUERY) {
            query = query.substring(0, LONGEST_QUERY);
        }
        String kind = Optional.ofNullable(ctx.queryParam("soort")).orElse("");
        Language language = page.language();
        String needle = query.toLowerCase(Locale.ROOT);
        List<ToolRow> rows = new ArrayList<>();
        for (ToolProfile profile : catalogue.all()) {
            if (!kind.isEmpty() && !profile.kind().id().equals(kind)) {
                continue;
            }
            if (!needle.isEmpty() && !matches(profile, needle)) {
                continue;
            }
            rows.add(new ToolRow(
                    page.href(PATH + "/" + profile.id()),
                    profile.name(language),
                    profile.vendor(language),
                    page.t("kind." + profile.kind().id()),
                    profile.advice().number(),
                    tree.texts().advice(profile.verdict().advice(), language).title(),
                    profile.consentRequired()));
        }
        List<Map.Entry<String, String>> kinds = new ArrayList<>();
        for (ToolKind each : ToolKind.values()) {
            kinds.add(Map.entry(each.id(), page.t("kind." + each.id())));
        }
        templates.render(
                ctx,
                "tools/list.jte",
                Map.of(
                        "page", page,
                        "rows", rows,
                        "query", query,
                        "kind", kind,
                        "kinds", kinds,
                        "total", catalogue.all().size()));
    }

    /** One profile, or a 404 page. */
    public void show(Context ctx, PageContext page, String id) {
        Optional<ToolProfile> found = ToolProfile.isValidId(id) ? catalogue.find(id) : Optional.empty();
        if (found.isEmpty()) {
            templates.problem(ctx, page, 404, page.t("tools.unknown"));
            return;
        }
        ToolProfile profile = found.get();
        Language language = page.language();
        List<ObligationText> obligations = profile.obligations().stream()
                .map(obligation -> tree.texts().obligation(obligation.source(), language))
                .toList();
        List<ToolView.Answer> answers = profile.answers().asMap().entrySet().stream()
                .map(answer -> new ToolView.Answer(
                        answer.getKey().name(),
                        tree.texts().question(answer.getKey(), language).question(),
                        answer.getValue()))
                .toList();
        StringBuilder wizard = new StringBuilder("/app/advies?");
        profile.verdict()
                .path()
                .steps()
                .forEach(step -> wizard.append(step.question().name())
                        .append('=')
                        .append(step.answer() ? "ja" : "nee")
                        .append('&'));
        wizard.setLength(wizard.length() - 1);
        ToolView view = new ToolView(
                profile.id(),
                page.t("kind." + profile.kind().id()),
                profile.text(language),
                profile.advice().number(),
                tree.texts().advice(profile.verdict().advice(), language),
                profile.consentRequired(),
                obligations,
                answers,
                profile.citations(),
                page.href(wizard.toString()));
        templates.render(ctx, "tools/profile.jte", Map.of("page", page, "tool", view));
    }

    private static boolean matches(ToolProfile profile, String needle) {
        for (Language language : Language.values()) {
            if (profile.name(language).toLowerCase(Locale.ROOT).contains(needle)
                    || profile.vendor(language).toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return profile.id().contains(needle);
    }
}
