package nl.cookiekeur.cli.advice;

import java.util.Map;
import java.util.stream.Collectors;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.law.Answers;

/** How answers are written back to users: "ja"/"nee" (or "yes"/"no") and as repeatable options. */
final class Answer {
    private Answer() {}

    static String word(boolean answer, Messages messages) {
        return messages.get(answer ? "advies.yes" : "advies.no");
    }

    /** The answers as command-line options, such as {@code --answer V1=ja --answer V2=nee}. */
    static String asOptions(Answers answers, Messages messages) {
        return answers.asMap().entrySet().stream()
                .map(entry -> option(entry, messages))
                .collect(Collectors.joining(" "));
    }

    private static String option(Map.Entry<?, Boolean> entry, Messages messages) {
        return "--answer " + entry.getKey() + "=" + word(entry.getValue(), messages);
    }
}
