package nl.cookiekeur.law;

import java.util.Locale;
import java.util.Objects;
import nl.cookiekeur.CookiekeurException;
import nl.cookiekeur.text.Language;

/** Thrown when typed answers (such as {@code V1=ja}) cannot be understood; the message is Dutch. */
public final class InvalidAnswerException extends CookiekeurException {
    private static final long serialVersionUID = 1L;

    /** What was wrong with the input. */
    public enum Problem {
        /** The input is not of the form {@code QUESTION=answer}. */
        MALFORMED,
        /** The question id is not one of V1–V9 or K1–K3. */
        UNKNOWN_QUESTION,
        /** The answer is not ja, nee, yes or no. */
        UNKNOWN_VALUE,
        /** The same question was answered both ja and nee. */
        DUPLICATE;

        String textKey() {
            return "error.answer." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Problem problem;
    private final String input;

    public InvalidAnswerException(Problem problem, String input) {
        super(LawResources.message(Language.DUTCH, problem.textKey(), input));
        this.problem = Objects.requireNonNull(problem, "problem");
        this.input = input;
    }

    /** What was wrong. */
    public Problem problem() {
        return problem;
    }

    /** The offending part of the input. */
    public String input() {
        return input;
    }

    /** The one-line explanation in the given language. */
    public String message(Language language) {
        return LawResources.message(language, problem.textKey(), input);
    }
}
