package nl.cookiekeur.law;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import nl.cookiekeur.text.Language;

/**
 * The Dutch cookie decision tree (beslisboom) with its questions, ten advices, citations and texts, loaded from
 * data and validated so that every path ends in a cited advice.
 */
public final class DecisionTree {
    private final MainQuestion root;
    private final Map<QuestionId, Question> questions;
    private final Map<AdviceNumber, Advice> advices;
    private final CitationCatalogue citations;
    private final LegalTexts texts;

    private DecisionTree(
            MainQuestion root,
            Map<QuestionId, Question> questions,
            Map<AdviceNumber, Advice> advices,
            CitationCatalogue citations,
            LegalTexts texts) {
        this.root = root;
        this.questions = questions;
        this.advices = advices;
        this.citations = citations;
        this.texts = texts;
    }

    /**
     * Loads the beslisboom shipped with Cookiekeur from the classpath ({@code nl/cookiekeur/law/}).
     *
     * @throws InvalidLegalDataException naming resource and key if the data are incomplete or inconsistent
     */
    public static DecisionTree load() {
        return from(
                LawResources.read(LawResources.STRUCTURE),
                LawResources.read(LawResources.CITATIONS),
                LawResources.read(LawResources.textsResource(Language.DUTCH)),
                LawResources.read(LawResources.textsResource(Language.ENGLISH)));
    }

    /**
     * Builds and validates a beslisboom from the given data, in the formats of {@code beslisboom.properties},
     * {@code citations.properties}, {@code texts_nl.properties} and {@code texts_en.properties}.
     *
     * @throws InvalidLegalDataException naming resource and key if the data are incomplete or inconsistent
     */
    public static DecisionTree from(Properties structure, Properties citations, Properties dutch, Properties english) {
        CitationCatalogue catalogue = CitationReader.read(citations);
        Structure parsed = StructureReader.read(structure, catalogue);
        StructureCheck.verify(parsed);
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        texts.put(Language.DUTCH, TextCheck.asMap(dutch));
        texts.put(Language.ENGLISH, TextCheck.asMap(english));
        TextCheck.verify(texts);
        return new DecisionTree(
                parsed.mainQuestion(parsed.root()),
                parsed.questions(),
                parsed.advices(),
                catalogue,
                new LegalTexts(texts));
    }

    /** The first question, V1. */
    public MainQuestion root() {
        return root;
    }

    /** The question with this id; every id of {@link QuestionId} is present. */
    public Question question(QuestionId id) {
        return Objects.requireNonNull(questions.get(id), id::name);
    }

    /** The main-tree question with this id. */
    public MainQuestion mainQuestion(QuestionId id) {
        if (question(id) instanceof MainQuestion main) {
            return main;
        }
        throw new IllegalArgumentException(id + " is not a main question");
    }

    /** Every question, main questions first, in id order. */
    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    /** The cross-cutting questions K1–K3, in id order. */
    public List<CrossCuttingQuestion> crossCuttingQuestions() {
        List<CrossCuttingQuestion> result = new ArrayList<>();
        for (Question question : questions.values()) {
            if (question instanceof CrossCuttingQuestion crossCutting) {
                result.add(crossCutting);
            }
        }
        return List.copyOf(result);
    }

    /** The advice with this number. */
    public Advice advice(AdviceNumber number) {
        return Objects.requireNonNull(advices.get(number), number::name);
    }

    /** The ten advices, in number order. */
    public List<Advice> advices() {
        return List.copyOf(advices.values());
    }

    /** Every path from the root to an advice, depth-first with "ja" before "nee". */
    public List<DecisionPath> paths() {
        List<DecisionPath> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        return List.copyOf(paths);
    }

    private void collect(MainQuestion question, List<AnsweredQuestion> prefix, List<DecisionPath> paths) {
        for (boolean answer : new boolean[] {true, false}) {
            List<AnsweredQuestion> path = new ArrayList<>(prefix);
            path.add(new AnsweredQuestion(question.id(), answer));
            switch (question.next(answer)) {
                case Step.Ask ask -> collect(mainQuestion(ask.question()), path, paths);
                case Step.Conclude conclude -> paths.add(new DecisionPath(path, conclude.advice()));
            }
        }
    }

    /** The catalogue of every cited legal source. */
    public CitationCatalogue citations() {
        return citations;
    }

    /** Every user-facing text, in Dutch and English. */
    public LegalTexts texts() {
        return texts;
    }
}
