package nl.cookiekeur.scanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scan.ScanProgress;
import nl.cookiekeur.scan.ScanRequest;
import nl.cookiekeur.site.WebUrl;

/** Runs the real scanner (Chromium) against the fixture sites of one shared server. */
final class FixtureScans {
    private final FixtureServer server;

    FixtureScans(FixtureServer server) {
        this.server = server;
    }

    ScanRequest request(FixtureSite site, int pages, Path out, Phase... phases) {
        return new ScanRequest(
                new WebUrl(server.url(site)),
                pages,
                List.of(phases),
                1,
                Duration.ofMinutes(2),
                false,
                server.hostRules(),
                true,
                out);
    }

    ScanEvidence scan(FixtureSite site, int pages, Phase... phases) throws ScanFailedException {
        return PlaywrightSiteScanner.chromium().scan(request(site, pages, folder(), phases), ScanProgress.silent());
    }

    static Path folder() {
        try {
            return Files.createTempDirectory("cookiekeur-scan-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
