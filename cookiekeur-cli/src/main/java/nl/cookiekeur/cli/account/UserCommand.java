package nl.cookiekeur.cli.account;

import java.util.concurrent.Callable;
import nl.cookiekeur.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cookiekeur user}: the web app's accounts. */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        subcommands = {UserAddCommand.class, UserGrantCommand.class})
public final class UserCommand implements Callable<Integer> {

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
