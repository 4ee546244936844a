package nl.cookiekeur.cli.launch;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.Messages;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Reports a usage error as one line in the user's language and exits with {@link ExitCode#BAD_INPUT}. */
final class ParameterErrorHandler implements IParameterExceptionHandler {
    private final GlobalFlags flags;

    ParameterErrorHandler(GlobalFlags flags) {
        this.flags = flags;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        Messages messages = flags.messages();
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        err.println(messages.get("error.usage", describe(ex, messages), command));
        if (flags.debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.BAD_INPUT.code();
    }

    private static String describe(ParameterException ex, Messages messages) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return describeUnmatched(unmatched, messages);
        }
        if (ex instanceof MissingParameterException missing) {
            String names = missing.getMissing().stream()
                    .map(ParameterErrorHandler::label)
                    .collect(Collectors.joining(", "));
            return messages.get("error.usage.missing", names);
        }
        ArgSpec argSpec = ex.getArgSpec();
        if (ex instanceof OverwrittenOptionException && argSpec != null) {
            return messages.get("error.usage.repeated", label(argSpec));
        }
        String value = ex.getValue();
        if (argSpec != null && value != null) {
            List<String> choices = choices(argSpec);
            return choices.isEmpty()
                    ? messages.get("error.usage.invalidValue", value, label(argSpec))
                    : messages.get("error.usage.invalidChoice", value, label(argSpec), String.join(", ", choices));
        }
        return messages.get("error.usage.other", ex.getMessage());
    }

    private static String describeUnmatched(UnmatchedArgumentException ex, Messages messages) {
        String first = ex.getUnmatched().isEmpty() ? "" : ex.getUnmatched().get(0);
        if (first.startsWith("-")) {
            return messages.get("error.usage.unknownOption", first);
        }
        if (!ex.getCommandLine().getSubcommands().isEmpty()) {
            return messages.get("error.usage.unknownCommand", first);
        }
        return messages.get("error.usage.unknownArgument", first);
    }

    private static String label(ArgSpec argSpec) {
        if (argSpec instanceof OptionSpec option) {
            return option.longestName();
        }
        if (argSpec instanceof PositionalParamSpec positional) {
            return positional.paramLabel();
        }
        return argSpec.paramLabel();
    }

    private static List<String> choices(ArgSpec argSpec) {
        List<String> choices = new ArrayList<>();
        Iterable<String> candidates = argSpec.completionCandidates();
        if (candidates != null) {
            candidates.forEach(choices::add);
        }
        return choices;
    }
}
