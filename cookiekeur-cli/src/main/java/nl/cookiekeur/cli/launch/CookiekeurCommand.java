package nl.cookiekeur.cli.launch;

import java.util.concurrent.Callable;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.account.UserCommand;
import nl.cookiekeur.cli.advice.AdviceCommand;
import nl.cookiekeur.cli.consent.ConsentCommand;
import nl.cookiekeur.cli.consent.ServeCommand;
import nl.cookiekeur.cli.history.DiffCommand;
import nl.cookiekeur.cli.history.ScansCommand;
import nl.cookiekeur.cli.judge.ReportCommand;
import nl.cookiekeur.cli.knowledge.KnowledgeCommand;
import nl.cookiekeur.cli.monitor.SitesCommand;
import nl.cookiekeur.cli.monitor.WorkerCommand;
import nl.cookiekeur.cli.scan.ScanCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command; each capability is a subcommand. */
@Command(
        name = "cookiekeur",
        mixinStandardHelpOptions = true,
        version = "Cookiekeur 0.1.0",
        resourceBundle = "nl.cookiekeur.cli.help",
        subcommands = {
            AdviceCommand.class,
            KnowledgeCommand.class,
            ReportCommand.class,
            ScansCommand.class,
            DiffCommand.class,
            ScanCommand.class,
            ServeCommand.class,
            ConsentCommand.class,
            UserCommand.class,
            SitesCommand.class,
            WorkerCommand.class,
        })
final class CookiekeurCommand implements Callable<Integer> {

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "option.debug")
    @SuppressWarnings(
            "UnusedVariable") // read from the raw arguments by GlobalFlags, declared here for parsing and help
    private boolean debug;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
