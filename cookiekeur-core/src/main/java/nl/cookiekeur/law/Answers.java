package nl.cookiekeur.law;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** An immutable set of yes/no answers given to questions of the beslisboom. */
public final class Answers {
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final Answers NONE = new Answers(new EnumMap<>(QuestionId.class));

    private final Map<QuestionId, Boolean> byQuestion;

    private Answers(EnumMap<QuestionId, Boolean> byQuestion) {
        this.byQuestion = Collections.unmodifiableMap(byQuestion);
    }

    /** No answers at all. */
    public static Answers none() {
        return NONE;
    }

    /** Answers copied from a map. */
    public static Answers of(Map<QuestionId, Boolean> answers) {
        EnumMap<QuestionId, Boolean> copy = new EnumMap<>(QuestionId.class);
        copy.putAll(answers);
        return new Answers(copy);
    }

    /**
     * Parses answers such as {@code "V1=ja"} or {@code "V1=ja, V2=nee K1=yes"}: pairs separated by commas,
     * semicolons or blanks; values ja/nee or yes/no in any case. Blank input gives no answers.
     *
     * @throws InvalidAnswerException naming the first part that cannot be understood
     */
    public static Answers parse(String text) {
        Answers answers = none();
        for (String pair : SEPARATORS.split(text.strip())) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0 || equals != pair.lastIndexOf('=')) {
                throw new InvalidAnswerException(InvalidAnswerException.Problem.MALFORMED, pair);
            }
            QuestionId id = QuestionId.parse(pair.substring(0, equals));
            boolean value = parseValue(pair.substring(equals + 1));
            Optional<Boolean> earlier = answers.answer(id);
            if (earlier.isPresent() && earlier.get() != value) {
                throw new InvalidAnswerException(InvalidAnswerException.Problem.DUPLICATE, id.name());
            }
            answers = answers.with(id, value);
        }
        return answers;
    }

    /** Parses one answer value: ja/yes give true, nee/no give false, ignoring case. */
    public static boolean parseValue(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "ja", "yes" -> true;
            case "nee", "no" -> false;
            default -> throw new InvalidAnswerException(InvalidAnswerException.Problem.UNKNOWN_VALUE, text);
        };
    }

    /** A copy with this answer added or replaced. */
    public Answers with(QuestionId question, boolean answer) {
        Objects.requireNonNull(question, "question");
        EnumMap<QuestionId, Boolean> copy = new EnumMap<>(QuestionId.class);
        copy.putAll(byQuestion);
        copy.put(question, answer);
        return new Answers(copy);
    }

    /** The answer to this question, if given. */
    public Optional<Boolean> answer(QuestionId question) {
        return Optional.ofNullable(byQuestion.get(question));
    }

    /** Whether this question was answered "ja". */
    public boolean isYes(QuestionId question) {
        return Boolean.TRUE.equals(byQuestion.get(question));
    }

    /** Whether this question was answered "nee". */
    public boolean isNo(QuestionId question) {
        return Boolean.FALSE.equals(byQuestion.get(question));
    }

    /** The questions that have an answer, in question order. */
    public Set<QuestionId> answered() {
        return byQuestion.keySet();
    }

    /** The answers as an unmodifiable map in question order. */
    public Map<QuestionId, Boolean> asMap() {
        return byQuestion;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that && byQuestion.equals(that.byQuestion);
    }

    @Override
    public int hashCode() {
        return byQuestion.hashCode();
    }

    /** The answers in the form accepted by {@link #parse(String)}, such as {@code V1=ja, V2=nee}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        byQuestion.forEach((id, value) -> {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(id.name()).append('=').append(value ? "ja" : "nee");
        });
        return text.toString();
    }
}
