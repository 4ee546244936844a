package nl.cookiekeur.cli.monitor;

import java.util.concurrent.Callable;
import nl.cookiekeur.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cookiekeur sites}: the monitored sites and their scheduled rescans. */
@Command(
        name = "sites",
        mixinStandardHelpOptions = true,
        subcommands = {
            SitesAddCommand.class,
            SitesListCommand.class,
            SitesShowCommand.class,
            SitesRescanCommand.class,
            SitesRemoveCommand.class,
            SitesStatementCommand.class,
            SitesApproveCommand.class,
            SitesDigestCommand.class
        })
public final class SitesCommand implements Callable<Integer> {

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
