package nl.cookiekeur.scanner;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.evidence.ScreenBox;
import nl.cookiekeur.evidence.Screenshot;
import nl.cookiekeur.scanner.banner.ScreenshotTaker;
import org.jspecify.annotations.Nullable;

/**
 * Takes viewport screenshots, or parts of the viewport (PNG, never the full page, so their size stays bounded) into
 * {@code <evidence>/screenshots/} and records them in the phase's evidence.
 */
final class EvidenceScreenshots implements ScreenshotTaker {
    static final String FOLDER = "screenshots";

    private final Path evidenceDir;
    private final PhaseRecord record;
    private final AtomicInteger taken;
    private final int max;
    private String pageUrl = "";

    EvidenceScreenshots(Path evidenceDir, PhaseRecord record, AtomicInteger taken, int max) {
        this.evidenceDir = evidenceDir;
        this.record = record;
        this.taken = taken;
        this.max = max;
    }

    void visiting(String url) {
        this.pageUrl = url;
    }

    @Override
    public @Nullable String take(Page page, String moment) {
        return take(page, moment, (ScreenBox) null);
    }

    @Override
    public @Nullable String take(Page page, String moment, @Nullable ScreenBox clip) {
        int number = taken.incrementAndGet();
        if (number > max) {
            return null;
        }
        String safeMoment = moment.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        if (safeMoment.length() > 40) {
            safeMoment = safeMoment.substring(0, 40);
        }
        String file = String.format(Locale.ROOT, "%s/%s-%03d-%s.png", FOLDER, record.phase.code(), number, safeMoment);
        try {
            Page.ScreenshotOptions options = new Page.ScreenshotOptions()
                    .setPath(evidenceDir.resolve(file))
                    .setFullPage(false)
                    .setTimeout(5000);
            if (clip != null) {
                options.setClip(clip.x(), clip.y(), clip.width(), clip.height());
            }
            page.screenshot(options);
        } catch (PlaywrightException e) {
            record.problem(
                    pageUrl, "screenshot", ScanNote.of("problem.screenshot", safeMoment, firstLine(e.getMessage())));
            return null;
        }
        record.screenshots.add(new Screenshot(record.phase, pageUrl, safeMoment, file));
        return file;
    }

    static String firstLine(@Nullable String message) {
        if (message == null) {
            return "";
        }
        // Playwright wraps the browser's reason in several lines; the net::ERR_ line is the one that tells.
        for (String line : message.split("\n", 50)) {
            if (line.contains("net::ERR_")) {
                String found = line.strip();
                return found.length() > 300 ? found.substring(0, 300) : found;
            }
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }
}
