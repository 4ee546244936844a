package nl.cookiekeur.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cookiekeur.compliance.Coverage;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import nl.cookiekeur.scan.ScanProgress;
import nl.cookiekeur.scan.ScanRequest;
import nl.cookiekeur.scanner.browser.BrowserEngine;
import nl.cookiekeur.scanner.browser.BrowserSettings;
import nl.cookiekeur.scanner.browser.BrowserStartException;
import nl.cookiekeur.scanner.browser.ChromiumEngine;
import nl.cookiekeur.scanner.browser.Device;
import nl.cookiekeur.scanner.browser.PhaseBrowser;
import nl.cookiekeur.site.WebUrl;
import org.junit.jupiter.api.Test;

/**
 * A phase whose browser call never returns (a page that stopped answering inside a call without a time limit)
 * is still running when the scan's time and grace are over. It must leave a trace: an {@code unfinished} problem
 * of its phase, so the coverage has a gap and the verdict cannot read the phase as seen and clean. Real Chromium
 * scans the initial phase; the accept phase's profile never opens.
 */
@FixtureSites
class UnfinishedPhaseScanTest {

    @Test
    void aPhaseStillRunningWhenTheScanEndsIsAGapNotAnAllClear(FixtureServer server) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger opened = new AtomicInteger();
        ScanRequest request = new ScanRequest(
                new WebUrl(server.url(FixtureSite.BAKKERIJ_JANSEN)),
                1,
                List.of(Phase.INITIAL, Phase.ACCEPT),
                1,
                Duration.ofSeconds(25),
                false,
                server.hostRules(),
                true,
                FixtureScans.folder());
        try {
            ScanEvidence evidence = new PlaywrightSiteScanner(
                            () -> new SecondProfileHangs(ChromiumEngine.start(), opened, release),
                            ScanLimits.defaults())
                    .scan(request, ScanProgress.silent());

            assertThat(evidence.problems()).anySatisfy(p -> {
                assertThat(p.phase()).isEqualTo(Phase.ACCEPT);
                assertThat(p.kind()).isEqualTo("budget");
                assertThat(p.note()).extracting(ScanNote::key).isEqualTo("problem.phase.unfinished");
            });
            Coverage coverage = Coverage.of(evidence);
            assertThat(coverage.complete()).isFalse();
            assertThat(coverage.seen(evidence)).containsExactly(Phase.INITIAL);
        } finally {
            release.countDown();
        }
    }

    /** A real engine whose second profile (the accept phase's) does not open until released. */
    private record SecondProfileHangs(BrowserEngine real, AtomicInteger opened, CountDownLatch release)
            implements BrowserEngine {
        @Override
        public PhaseBrowser open(BrowserSettings settings) throws BrowserStartException {
            if (opened.incrementAndGet() == 2) {
                long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                while (release.getCount() > 0 && System.nanoTime() < end) {
                    try {
                        release.await(1, TimeUnit.SECONDS); // deaf to the executor's interrupt, like a hung call
                    } catch (InterruptedException e) {
                        // keep hanging
                    }
                }
                throw new BrowserStartException("released by the test");
            }
            return real.open(settings);
        }

        @Override
        public String version() {
            return real.version();
        }

        @Override
        public String userAgent(Device device) {
            return real.userAgent(device);
        }

        @Override
        public void close() {
            real.close();
        }
    }
}
