package nl.cookiekeur.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import nl.cookiekeur.cli.Cli;

/** Starts Cookiekeur from the command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode = Cli.run(args, out, err);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
