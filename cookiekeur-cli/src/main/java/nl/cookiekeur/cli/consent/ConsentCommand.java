package nl.cookiekeur.cli.consent;

import java.util.concurrent.Callable;
import nl.cookiekeur.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cookiekeur consent}: manage and prove the consent ledger. */
@Command(
        name = "consent",
        mixinStandardHelpOptions = true,
        subcommands = {
            VerifyCommand.class,
            ExportCommand.class,
            AnchorCommand.class,
            ConfigCommand.class,
            PurgeCommand.class
        })
public final class ConsentCommand implements Callable<Integer> {

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
