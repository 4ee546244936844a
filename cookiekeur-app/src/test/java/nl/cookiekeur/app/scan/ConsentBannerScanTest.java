package nl.cookiekeur.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.consent.RunningServer;
import nl.cookiekeur.consent.ServerSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cookiekeur checks itself: the consent server's demo page, which uses Cookiekeur's own banner, is scanned
 * like any site and must get no kritiek or hoog finding.
 */
@Tag("chromium")
class ConsentBannerScanTest {

    @TempDir
    Path work;

    @Test
    void ourOwnBannerPassesOurOwnScan() {
        CliServices services = TestApplication.services();
        String ledger = "jdbc:h2:file:" + work.resolve("ledger");
        try (RunningServer server =
                services.consentPlatform().serve(new ServerSettings("127.0.0.1", 0, ledger, null))) {
            Path out = work.resolve("scan");
            CliScan scan = CliScan.run(
                    services,
                    out,
                    "scan",
                    server.address().toString(),
                    "--pages",
                    "1",
                    "--out",
                    out.toString(),
                    "--db",
                    "jdbc:h2:file:" + work.resolve("history"),
                    "--fail-on",
                    "hoog");

            assertThat(scan.exitCode()).as(scan.out() + scan.err()).isZero();
            assertThat(scan.severities()).doesNotContain("kritiek", "hoog");
            assertThat(scan.report()
                            .path("phases")
                            .path("reject")
                            .path("cookies")
                            .toString())
                    .doesNotContain("demo_analytics");
            assertThat(scan.report()
                            .path("phases")
                            .path("accept")
                            .path("cookies")
                            .toString())
                    .contains("demo_analytics");
        }
    }
}
