package nl.cookiekeur.cli.scan;

import java.io.PrintWriter;
import java.util.Locale;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.scan.ScanProgress;
import nl.cookiekeur.scan.ScanStep;

/**
 * Shows a running scan on stderr: one line that keeps updating on a terminal, or a plain line per change of
 * phase, page or activity otherwise (logs, pipes). Safe to call from the scanner's worker threads.
 */
final class ProgressLine implements ScanProgress {
    private static final int WIDTH = 110;

    private final PrintWriter err;
    private final Messages messages;
    private final boolean terminal;
    private String last = "";
    private boolean dirty;

    ProgressLine(PrintWriter err, Messages messages, boolean terminal) {
        this.err = err;
        this.messages = messages;
        this.terminal = terminal;
    }

    @Override
    public synchronized void update(ScanStep step) {
        String key = step.phase() + "|" + step.page() + "|" + step.activity();
        String line = messages.get(
                "scan.progress",
                step.phase().code(),
                step.page(),
                step.pages(),
                messages.get("scan.activity." + step.activity().code()),
                step.cookies(),
                step.storage(),
                step.requests(),
                step.thirdParties(),
                shorten(step.url()));
        if (terminal) {
            String shown = line.length() > WIDTH ? line.substring(0, WIDTH) : line;
            err.print("\r" + shown + " ".repeat(Math.max(0, WIDTH - shown.length())));
            err.flush();
            dirty = true;
        } else if (!key.equals(last)) {
            err.println(line);
            err.flush();
        }
        last = key;
    }

    /**
     * Whether stderr is a terminal: {@code Console.isTerminal()} where the JDK has it (22+; there a console
     * exists even when output is redirected), else whether there is a console at all.
     */
    @SuppressWarnings("SystemConsoleNull") // handled: isTerminal() is asked where it exists
    static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Object terminal = java.io.Console.class.getMethod("isTerminal").invoke(console);
            return Boolean.TRUE.equals(terminal);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Ends the updating line, so later output starts on a fresh line. */
    synchronized void finish() {
        if (dirty) {
            err.println();
            err.flush();
            dirty = false;
        }
    }

    private static String shorten(String url) {
        String bare = url.replaceFirst("^https?://", "");
        return bare.length() > 60 ? bare.substring(0, 57).toLowerCase(Locale.ROOT) + "..." : bare;
    }
}
