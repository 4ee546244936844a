package nl.cookiekeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.text.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan that saw nothing and ran only the first phase still gives complete, honest reports. */
class EmptyScanTest {
    @TempDir
    Path out;

    @Test
    void aCleanSiteGetsTheOkVerdictAndEmptyTablesSayWhy() throws IOException {
        Instant start = Instant.parse("2026-03-02T09:15:00Z");
        ScanInfo info = new ScanInfo(
                1,
                "http://localhost:8080/",
                start,
                start.plusSeconds(4),
                "0.1.0",
                "Chromium",
                "UA",
                "1366x768",
                List.of(Phase.INITIAL),
                1);
        ScanEvidence evidence = new ScanEvidence(
                info, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        Assessment assessment = new Assessment(evidence, List.of(), List.of(), List.of(), List.of(), "rules-1");

        List<Path> written = new FolderReportWriter().write(assessment, out.resolve("missing"), out, Language.DUTCH);

        assertThat(written).hasSize(6).allSatisfy(p -> assertThat(p).isRegularFile());
        Document doc = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        assertThat(doc.select(".verdict-headline").text()).isEqualTo("Geen ernstige problemen gevonden");
        assertThat(doc.select("#findings").text()).contains("Er zijn geen bevindingen.");
        assertThat(doc.select("#phase-reject").text()).contains("niet uitgevoerd");
        assertThat(doc.select("#phase-initial").text()).contains("Geen cookies.", "Geen fingerprinting waargenomen.");
        assertThat(Files.readAllLines(out.resolve("cookies.csv"))).hasSize(1);
        assertThat(Files.readString(out.resolve("cookieverklaring.md"))).contains("\\[in te vullen");
        assertThat(out.resolve(".report.html.tmp")).doesNotExist();
    }
}
