package nl.cookiekeur.cli.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.evidence.CookieSource;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 7, as a new user meets it: no banner, {@code visitor_xq7} (1 year) and {@code trk_uid}
 * (2 years) on first load, judged with the shipped knowledge. No green verdict and no exit 0 under --fail-on.
 */
class UnidentifiedItemsVerdictTest {
    private static final String SITE = "https://www.fotostudio-lens.nl/";

    @TempDir
    Path work;

    private Path evidence;

    private static ObservedCookie cookie(String name, String value, Duration lifetime) {
        Instant seen = EvidenceBuilder.T0.plusSeconds(2);
        return new ObservedCookie(
                Phase.INITIAL,
                SITE,
                name,
                "www.fotostudio-lens.nl",
                "/",
                value,
                seen.plus(lifetime),
                name.length() + value.length(),
                false,
                true,
                false,
                SameSite.LAX,
                null,
                CookieSource.SCRIPT,
                SITE + "js/bezoek.js",
                seen,
                false);
    }

    @BeforeEach
    void saveTheEvidence() {
        evidence = work.resolve("bewijs");
        TestApplication.services()
                .evidenceArchive()
                .write(
                        EvidenceBuilder.site(SITE)
                                .noBanner(Phase.INITIAL)
                                .cookie(cookie("visitor_xq7", "k3j9x0aq2mz7", Duration.ofDays(365)))
                                .cookie(cookie("trk_uid", "5f0c2e7a91b4c3e8", Duration.ofDays(400)))
                                .build(),
                        evidence);
    }

    private CliRun report(String... more) {
        String[] args = new String[6 + more.length];
        args[0] = "report";
        args[1] = evidence.toString();
        args[2] = "--out";
        args[3] = work.resolve("rapport").toString();
        args[4] = "--db";
        args[5] = "jdbc:h2:file:" + work.resolve("history");
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.of(TestApplication.services(), "", args);
    }

    @Test
    void unknownVisitorIdsAreAFindingTheVerdictAndFailOnCount() throws IOException {
        CliRun run = report("--fail-on", "hoog");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).startsWith("Niet in orde").doesNotContain("Geen ernstige problemen gevonden");
        JsonNode json = new ObjectMapper().readTree(Files.readString(work.resolve("rapport/report.json")));
        assertThat(json.path("verdict").path("status").asText()).isEqualTo("not-ok");
        assertThat(json.path("findings").findValuesAsText("checkId")).contains("NL-CK-01");
        assertThat(Files.readString(work.resolve("rapport/report.html")))
                .contains("visitor_xq7")
                .contains("trk_uid")
                .doesNotContain("Geen ernstige problemen gevonden");
    }
}
