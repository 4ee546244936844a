package nl.cookiekeur.knowledge.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cookiekeur.CookiekeurException;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.Answers;
import nl.cookiekeur.law.Citation;
import nl.cookiekeur.law.CitationCatalogue;
import nl.cookiekeur.law.Conflict;
import nl.cookiekeur.law.QuestionId;
import nl.cookiekeur.law.Verdict;
import nl.cookiekeur.profile.ToolKind;
import nl.cookiekeur.profile.ToolProfile;
import nl.cookiekeur.profile.ToolProfileText;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/** Turns one JSON profile entry into a {@link ToolProfile}, letting the Advisor decide its advice. */
final class ProfileReader {
    private static final Set<String> FIELDS =
            Set.of("id", "name", "vendor", "kind", "answers", "expectedAdvice", "text", "citations");
    private static final Set<String> TEXT_FIELDS = Set.of("name", "vendor", "rationale", "conditions", "uncertainties");
    private static final int MAX_CONDITIONS = 4;

    private final Advisor advisor;
    private final CitationCatalogue law;
    private final Map<String, Citation> vendorSources;

    ProfileReader(Advisor advisor, CitationCatalogue law, Map<String, Citation> vendorSources) {
        this.advisor = advisor;
        this.law = law;
        this.vendorSources = vendorSources;
    }

    ToolProfile read(LocatedEntry located) {
        JsonEntry anonymous = located.entry("");
        String id = anonymous.text("id");
        JsonEntry entry = anonymous.identified(id);
        if (!ToolProfile.isValidId(id)) {
            throw entry.fail("id", "is not kebab-case (a-z, 0-9, single hyphens)");
        }
        entry.allowOnly(FIELDS);
        ToolKind kind =
                ToolKind.fromId(entry.text("kind")).orElseThrow(() -> entry.fail("kind", "is not one of " + kindIds()));
        Answers answers = answers(entry);
        Verdict.Concluded verdict = conclude(entry, answers);
        OptionalInt expected = entry.optionalNumber("expectedAdvice");
        if (expected.isPresent()
                && expected.getAsInt() != verdict.advice().number().number()) {
            throw entry.fail(
                    "expectedAdvice",
                    "says " + expected.getAsInt() + " but the beslisboom gives advice "
                            + verdict.advice().number().number() + " for answers " + answers);
        }
        try {
            return new ToolProfile(id, kind, answers, verdict, texts(entry), citations(entry));
        } catch (IllegalArgumentException e) {
            throw entry.fail("", String.valueOf(e.getMessage()));
        }
    }

    private static Answers answers(JsonEntry entry) {
        Answers answers = Answers.none();
        for (Map.Entry<String, String> answer : entry.textsByKey("answers").entrySet()) {
            try {
                answers = answers.with(QuestionId.parse(answer.getKey()), Answers.parseValue(answer.getValue()));
            } catch (CookiekeurException e) {
                throw entry.fail("answers." + answer.getKey(), "is invalid: " + e.getMessage());
            }
        }
        return answers;
    }

    private Verdict.Concluded conclude(JsonEntry entry, Answers answers) {
        return switch (advisor.advise(answers)) {
            case Verdict.Concluded concluded
            when !concluded.unusedAnswers().isEmpty() ->
                throw entry.fail(
                        "answers",
                        "answer questions off the path to advice "
                                + concluded.advice().number().number() + ": "
                                + concluded.unusedAnswers().stream().sorted().toList());
            case Verdict.Concluded concluded -> concluded;
            case Verdict.Open open ->
                throw entry.fail(
                        "answers",
                        "do not reach an advice: question "
                                + open.nextQuestion().id() + " is unanswered");
            case Verdict.Contradicted contradicted ->
                throw entry.fail("answers", "contradict each other: " + describe(contradicted.conflicts()));
        };
    }

    private static String describe(List<Conflict> conflicts) {
        return conflicts.stream()
                .map(conflict -> conflict.rule().name() + " " + conflict.questions())
                .collect(Collectors.joining("; "));
    }

    private static Map<Language, ToolProfileText> texts(JsonEntry entry) {
        String name = entry.text("name");
        String vendor = entry.text("vendor");
        JsonEntry text = entry.object("text");
        text.allowOnly(Set.of("nl", "en"));
        Map<Language, ToolProfileText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            JsonEntry localized = text.object(language.code());
            localized.allowOnly(TEXT_FIELDS);
            texts.put(
                    language,
                    new ToolProfileText(
                            orDefault(localized.optionalText("name"), name),
                            orDefault(localized.optionalText("vendor"), vendor),
                            localized.text("rationale"),
                            localized.texts("conditions", 1, MAX_CONDITIONS),
                            localized.texts("uncertainties", 0, Integer.MAX_VALUE)));
        }
        return texts;
    }

    private static String orDefault(@Nullable String localized, String fallback) {
        return localized == null ? fallback : localized;
    }

    private List<Citation> citations(JsonEntry entry) {
        List<Citation> citations = new ArrayList<>();
        for (String id : entry.texts("citations", 1, Integer.MAX_VALUE)) {
            Citation citation = law.find(id).orElse(vendorSources.get(id));
            if (citation == null) {
                throw entry.fail(
                        "citations",
                        "cites unknown source '" + id + "' (neither in the law catalogue nor in vendorSources)");
            }
            citations.add(citation);
        }
        return citations;
    }

    private static List<String> kindIds() {
        return Arrays.stream(ToolKind.values()).map(ToolKind::id).toList();
    }
}
