package nl.cookiekeur.cli.consent;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.LocalizedCommand;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.consent.RunningServer;
import nl.cookiekeur.consent.ServerLimits;
import nl.cookiekeur.consent.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cookiekeur serve}: runs the consent ledger server until the process is stopped; on stop it finishes
 * running requests and writes every queued choice before it exits.
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
public final class ServeCommand extends LocalizedCommand {
    private final CliServices services;

    @Option(names = "--port", defaultValue = "8080", descriptionKey = "serve.option.port")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", descriptionKey = "serve.option.host")
    private String host = "127.0.0.1";

    @Option(names = "--idle-timeout", defaultValue = "10", descriptionKey = "serve.option.idleTimeout")
    private int idleTimeoutSeconds;

    @Option(
            names = "--max-connections-per-client",
            defaultValue = "64",
            descriptionKey = "serve.option.connectionsPerClient")
    private int connectionsPerClient;

    @Option(names = "--max-requests-per-client", defaultValue = "16", descriptionKey = "serve.option.requestsPerClient")
    private int requestsPerClient;

    @Option(names = "--choices-per-second", defaultValue = "10", descriptionKey = "serve.option.choicesPerSecond")
    private double choicesPerSecond;

    @Option(names = "--choice-burst", defaultValue = "50", descriptionKey = "serve.option.choiceBurst")
    private int choiceBurst;

    @Option(names = "--allow-private-targets", descriptionKey = "serve.option.allowPrivateTargets")
    private boolean allowPrivateTargets;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    ServeCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new nl.cookiekeur.cli.BadInputException(messages().get("serve.error.port", String.valueOf(port)));
        }
        ServerLimits limits;
        try {
            limits = new ServerLimits(
                    Duration.ofSeconds(idleTimeoutSeconds),
                    connectionsPerClient,
                    requestsPerClient,
                    choicesPerSecond,
                    choiceBurst);
        } catch (IllegalArgumentException e) {
            throw new nl.cookiekeur.cli.BadInputException(messages().get("serve.error.limits"));
        }
        String token = System.getenv("COOKIEKEUR_ADMIN_TOKEN");
        RunningServer server;
        try {
            server = services.consentPlatform()
                    .serve(new ServerSettings(host, port, database.url(), token, limits, allowPrivateTargets));
        } catch (ConsentException e) {
            throw ConsentErrors.translate(e, messages());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "cookiekeur-serve-stop"));
        err().println(messages().get("serve.started", server.address(), server.database()));
        err().println(messages().get("serve.app", server.address().resolve("/app")));
        err().println(messages().get("serve.firstUser"));
        err().println(messages().get(token == null || token.isBlank() ? "serve.adminOff" : "serve.adminOn"));
        err().flush();
        stopped.await();
        return ExitCode.OK.code();
    }
}
