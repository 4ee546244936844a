package nl.cookiekeur.cli.judge;

import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.compliance.Severity;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --fail-on <level>} option that makes a judging command usable in CI. */
public final class FailOnOption {

    @Option(names = "--fail-on", paramLabel = "<niveau>", descriptionKey = "option.failOn")
    private @Nullable String level;

    /** The chosen level, or {@code null} when the option was not given. */
    public @Nullable Severity level(Messages messages) {
        if (level == null) {
            return null;
        }
        return Severity.fromCode(level)
                .filter(s -> s != Severity.INFO)
                .orElseThrow(() -> new BadInputException(messages.get("judge.failOn.invalid", level)));
    }
}
