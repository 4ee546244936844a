package nl.cookiekeur.cli.knowledge;

import java.util.concurrent.Callable;
import nl.cookiekeur.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cookiekeur knowledge}: the commands about the cookie and tracker knowledge and classifying cookies. */
@Command(
        name = "knowledge",
        mixinStandardHelpOptions = true,
        subcommands = {LookupCommand.class, SourcesCommand.class, StatsCommand.class, ClassifyCommand.class})
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
