package nl.cookiekeur.law;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code beslisboom.properties}: the root, each question's branches and citations, each advice. */
final class StructureReader {
    private static final String RESOURCE = LawResources.STRUCTURE;
    private static final Pattern QUESTION_KEY = Pattern.compile("question\\.([^.]+)\\.(yes|no|cite|appliesTo)");
    private static final Pattern ADVICE_KEY =
            Pattern.compile("advice\\.([^.]+)\\.(consentRequired|informationDuty|cite)");
    private static final Pattern ADVICE_STEP = Pattern.compile("advice\\.(\\d+)");

    private final Map<String, String> entries;
    private final CitationCatalogue catalogue;

    private StructureReader(Map<String, String> entries, CitationCatalogue catalogue) {
        this.entries = entries;
        this.catalogue = catalogue;
    }

    static Structure read(Properties properties, CitationCatalogue catalogue) {
        return new StructureReader(new TreeMap<>(TextCheck.asMap(properties)), catalogue).read();
    }

    private Structure read() {
        for (String key : entries.keySet()) {
            checkKnown(key);
        }
        Map<QuestionId, Question> questions = new EnumMap<>(QuestionId.class);
        for (QuestionId id : QuestionId.values()) {
            questions.put(id, question(id));
        }
        Map<AdviceNumber, Advice> advices = new EnumMap<>(AdviceNumber.class);
        for (AdviceNumber number : AdviceNumber.values()) {
            advices.put(number, advice(number));
        }
        QuestionId root = questionReference("root", required("root"));
        return new Structure(root, questions, advices);
    }

    private void checkKnown(String key) {
        if (key.equals("root")) {
            return;
        }
        Matcher question = QUESTION_KEY.matcher(key);
        if (question.matches()) {
            knownQuestion(key, question.group(1));
            return;
        }
        Matcher advice = ADVICE_KEY.matcher(key);
        if (advice.matches()) {
            adviceNumber(key, advice.group(1));
            return;
        }
        throw new InvalidLegalDataException(RESOURCE, key, "unknown key");
    }

    private Question question(QuestionId id) {
        String prefix = "question." + id.name() + ".";
        List<Citation> citations = citations(prefix + "cite");
        if (id.kind() == QuestionKind.MAIN) {
            forbidden(prefix + "appliesTo", "a main question leads to a next step, it does not apply to advices");
            return new MainQuestion(
                    id,
                    step(prefix + "yes", required(prefix + "yes")),
                    step(prefix + "no", required(prefix + "no")),
                    citations);
        }
        forbidden(prefix + "yes", "a cross-cutting question does not branch");
        forbidden(prefix + "no", "a cross-cutting question does not branch");
        Set<AdviceNumber> appliesTo = EnumSet.noneOf(AdviceNumber.class);
        for (String number : list(prefix + "appliesTo")) {
            appliesTo.add(adviceNumber(prefix + "appliesTo", number));
        }
        return new CrossCuttingQuestion(id, appliesTo, citations);
    }

    private Advice advice(AdviceNumber number) {
        String prefix = "advice." + number.number() + ".";
        return new Advice(
                number, flag(prefix + "consentRequired"), flag(prefix + "informationDuty"), citations(prefix + "cite"));
    }

    private Step step(String key, String value) {
        Matcher advice = ADVICE_STEP.matcher(value);
        if (advice.matches()) {
            return new Step.Conclude(adviceNumber(key, advice.group(1)));
        }
        return new Step.Ask(questionReference(key, value));
    }

    private QuestionId questionReference(String key, String value) {
        QuestionId id = knownQuestion(key, value);
        if (id.kind() != QuestionKind.MAIN) {
            throw new InvalidLegalDataException(
                    RESOURCE,
                    key,
                    "refers to cross-cutting question " + id + "; only main questions can be asked on the path");
        }
        return id;
    }

    private static QuestionId knownQuestion(String key, String name) {
        for (QuestionId id : QuestionId.values()) {
            if (id.name().equals(name)) {
                return id;
            }
        }
        throw new InvalidLegalDataException(RESOURCE, key, "refers to unknown question '" + name + "'");
    }

    private static AdviceNumber adviceNumber(String key, String number) {
        try {
            return AdviceNumber.of(Integer.parseInt(number))
                    .orElseThrow(() -> new InvalidLegalDataException(
                            RESOURCE, key, "refers to unknown advice " + number + "; advices are 1 to 10"));
        } catch (NumberFormatException e) {
            throw new InvalidLegalDataException(RESOURCE, key, "'" + number + "' is not an advice number");
        }
    }

    private List<Citation> citations(String key) {
        List<String> ids = list(key);
        if (ids.isEmpty()) {
            throw new InvalidLegalDataException(RESOURCE, key, "cites no source");
        }
        List<Citation> citations = new ArrayList<>();
        for (String id : ids) {
            citations.add(catalogue
                    .find(id)
                    .orElseThrow(() -> new InvalidLegalDataException(
                            RESOURCE, key, "cites '" + id + "', which is not in " + LawResources.CITATIONS)));
        }
        return citations;
    }

    private boolean flag(String key) {
        return switch (required(key)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidLegalDataException(RESOURCE, key, "must be true or false");
        };
    }

    private List<String> list(String key) {
        List<String> items = new ArrayList<>();
        for (String item : required(key).split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private String required(String key) {
        String value = entries.get(key);
        if (value == null) {
            throw new InvalidLegalDataException(RESOURCE, key, "missing");
        }
        return value.strip();
    }

    private void forbidden(String key, String reason) {
        if (entries.containsKey(key)) {
            throw new InvalidLegalDataException(RESOURCE, key, "not allowed: " + reason);
        }
    }
}
