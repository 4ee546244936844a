package nl.cookiekeur.cli.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.law.Step;
import org.jspecify.annotations.Nullable;

/** Where an answer leads: to a next question or to an advice (exactly one of the two is set). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StepEntry(@Nullable String question, @Nullable Integer advice) {

    static StepEntry of(Step step) {
        return switch (step) {
            case Step.Ask ask -> new StepEntry(ask.question().name(), null);
            case Step.Conclude conclude -> new StepEntry(null, conclude.advice().number());
        };
    }

    /** "V2" or "advies 4". */
    String target(Messages messages) {
        return question != null ? question : messages.get("advies.tree.toAdvice", advice);
    }
}
