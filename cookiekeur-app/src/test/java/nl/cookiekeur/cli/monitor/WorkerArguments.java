package nl.cookiekeur.cli.monitor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of one quick round of {@code cookiekeur worker} in the monitor tests: until idle, short poll and
 * heartbeat, reports under {@code out}, e-mail to the in-process SMTP server without TLS, on database {@code db}.
 */
final class WorkerArguments {
    private WorkerArguments() {}

    static String[] oneRound(Path out, int smtpPort, String db, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "worker",
                "--until-idle",
                "--poll",
                "1",
                "--heartbeat",
                "2",
                "--timeout",
                "120",
                "--out",
                out.toString(),
                "--smtp-host",
                "127.0.0.1",
                "--smtp-port",
                Integer.toString(smtpPort),
                "--smtp-security",
                "none",
                "--smtp-from",
                "monitor@cookiekeur.nl",
                "--db",
                db));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }
}
