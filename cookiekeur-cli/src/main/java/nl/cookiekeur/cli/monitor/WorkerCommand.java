package nl.cookiekeur.cli.monitor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.DatabaseOption;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.LocalizedCommand;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.monitoring.MonitorWorker;
import nl.cookiekeur.monitoring.ScanningRescan;
import nl.cookiekeur.monitoring.WorkerSettings;
import nl.cookiekeur.scan.ReusingSiteScanner;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cookiekeur worker}: claims due rescans of the monitored sites from the job engine and runs them until it
 * is stopped (or, with {@code --until-idle}, until nothing is due).
 */
@Command(name = "worker", mixinStandardHelpOptions = true)
public final class WorkerCommand extends LocalizedCommand {
    private static final int MISSED_HEARTBEATS = 4;

    private final CliServices services;

    @Option(names = "--browsers", paramLabel = "<n>", defaultValue = "1", descriptionKey = "worker.option.browsers")
    private int browsers = 1;

    @Option(names = "--name", paramLabel = "<naam>", descriptionKey = "worker.option.name")
    private @Nullable String name;

    @Option(
            names = "--out",
            paramLabel = "<map>",
            defaultValue = "cookiekeur-monitor",
            descriptionKey = "worker.option.out")
    private Path out = Path.of("cookiekeur-monitor");

    @Option(
            names = "--timeout",
            paramLabel = "<seconden>",
            defaultValue = "300",
            descriptionKey = "scan.option.timeout")
    private int timeout = 300;

    @Option(names = "--poll", paramLabel = "<seconden>", defaultValue = "10", descriptionKey = "worker.option.poll")
    private int poll = 10;

    @Option(
            names = "--heartbeat",
            paramLabel = "<seconden>",
            defaultValue = "30",
            descriptionKey = "worker.option.heartbeat")
    private int heartbeat = 30;

    @Option(names = "--attempts", paramLabel = "<n>", defaultValue = "3", descriptionKey = "worker.option.attempts")
    private int attempts = 3;

    @Option(
            names = "--backoff",
            paramLabel = "<seconden>",
            defaultValue = "60",
            descriptionKey = "worker.option.backoff")
    private int backoff = 60;

    @Option(names = "--until-idle", descriptionKey = "worker.option.untilIdle")
    private boolean untilIdle;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    @Mixin
    private AlertOptions alerts = new AlertOptions();

    WorkerCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws InterruptedException {
        Messages messages = messages();
        WorkerSettings settings = new WorkerSettings(
                database.url(),
                workerName(),
                within("--browsers", browsers, 1, 16),
                Duration.ofSeconds(within("--poll", poll, 1, 300)),
                Duration.ofSeconds(within("--heartbeat", heartbeat, 1, 300)),
                MISSED_HEARTBEATS,
                within("--attempts", attempts, 1, 10),
                Duration.ofSeconds(within("--backoff", backoff, 1, 86_400)),
                alerts.settings(language(), messages, System.getenv()));
        ReusingSiteScanner scanner = services.workerScanner().get();
        ScanningRescan rescan = new ScanningRescan(
                scanner,
                services.evidenceArchive(),
                services.assessor(),
                services.reportWriter(),
                services.statementLines(),
                services.history(),
                settings.jdbcUrl(),
                out.toAbsolutePath(),
                Duration.ofSeconds(within("--timeout", timeout, 10, 3600)),
                Clock.systemUTC());
        MonitorWorker worker;
        try {
            worker = services.monitor().startWorker(settings, rescan, new RunLine(out(), messages));
        } catch (RuntimeException e) {
            scanner.close();
            throw e;
        }
        err().println(messages.get("worker.started", worker.name(), worker.database(), settings.browsers()));
        err().flush();
        if (untilIdle) {
            try {
                return runUntilIdle(worker, settings.pollInterval());
            } finally {
                scanner.close();
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            worker.close(); // waits for the running scans, then the browser can go
                            scanner.close();
                            stopped.countDown();
                        },
                        "cookiekeur-worker-stop"));
        stopped.await();
        return ExitCode.OK.code();
    }

    private int runUntilIdle(MonitorWorker worker, Duration poll) throws InterruptedException {
        try (worker) {
            // the first poll may not have claimed anything yet: idle only counts after one full interval
            TimeUnit.MILLISECONDS.sleep(Math.min(poll.toMillis(), 2_000));
            while (!worker.idle()) {
                TimeUnit.MILLISECONDS.sleep(Math.min(poll.toMillis(), 1_000));
            }
        }
        err().println(messages().get("worker.idle"));
        return ExitCode.OK.code();
    }

    private String workerName() {
        if (name != null && !name.isBlank()) {
            String chosen = name.strip();
            if (chosen.length() > 100) {
                throw new BadInputException(messages().get("worker.error.name"));
            }
            return chosen;
        }
        String host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        return host + "-" + ProcessHandle.current().pid();
    }

    private int within(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadInputException(messages().get("scan.error.range", option, value, min, max));
        }
        return value;
    }
}
