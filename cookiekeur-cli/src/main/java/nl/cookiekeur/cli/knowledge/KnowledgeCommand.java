package nl.cookiekeur.cli.knowledge;

import java.util.concurrent.Callable;
import nl.cookiekeur.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cookiekeur knowledge}: what Cookiekeur knows about cookies, and classifying unknown ones. */
@Command(
        name = "knowledge",
        mixinStandardHelpOptions = true,
        subcommands = {ClassifyCommand.class})
public final class KnowledgeCommand implements Callable<Integer> {

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
