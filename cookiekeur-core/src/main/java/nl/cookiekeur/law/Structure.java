package nl.cookiekeur.law;

import java.util.Map;
import java.util.Objects;

/** The parsed, not yet verified content of {@code beslisboom.properties}. */
record Structure(QuestionId root, Map<QuestionId, Question> questions, Map<AdviceNumber, Advice> advices) {

    MainQuestion mainQuestion(QuestionId id) {
        return (MainQuestion) Objects.requireNonNull(questions.get(id), id::name);
    }
}
