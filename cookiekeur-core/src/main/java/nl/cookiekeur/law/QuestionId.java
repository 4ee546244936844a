package nl.cookiekeur.law;

import java.util.Locale;

/** The stable identifier of a question of the beslisboom, such as {@code V1} or {@code K2}. */
public enum QuestionId {
    V1(QuestionKind.MAIN),
    V2(QuestionKind.MAIN),
    V3(QuestionKind.MAIN),
    V4(QuestionKind.MAIN),
    V5(QuestionKind.MAIN),
    V6(QuestionKind.MAIN),
    V7(QuestionKind.MAIN),
    V8(QuestionKind.MAIN),
    V9(QuestionKind.MAIN),
    K1(QuestionKind.CROSS_CUTTING),
    K2(QuestionKind.CROSS_CUTTING),
    K3(QuestionKind.CROSS_CUTTING);

    private final QuestionKind kind;

    QuestionId(QuestionKind kind) {
        this.kind = kind;
    }

    /** Whether this question is on the main tree or cross-cutting. */
    public QuestionKind kind() {
        return kind;
    }

    /**
     * Parses an identifier such as {@code V1} or {@code k3}, ignoring case and surrounding blanks.
     *
     * @throws InvalidAnswerException if the text names no question of the beslisboom
     */
    public static QuestionId parse(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (QuestionId id : values()) {
            if (id.name().equals(wanted)) {
                return id;
            }
        }
        throw new InvalidAnswerException(InvalidAnswerException.Problem.UNKNOWN_QUESTION, text);
    }
}
