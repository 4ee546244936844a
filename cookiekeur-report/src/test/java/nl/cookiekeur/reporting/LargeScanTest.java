package nl.cookiekeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.evidence.CookieSource;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.text.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site that sets thousands of cookies gets a readable HTML report; the machine files keep every row. */
class LargeScanTest {
    @TempDir
    Path out;

    @Test
    void htmlTablesStopAtTheirLimitAndSayHowManyAreLeftOut() throws IOException {
        Instant start = Instant.parse("2026-03-02T09:15:00Z");
        String site = "https://www.example.nl/";
        List<ObservedCookie> cookies = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            cookies.add(new ObservedCookie(
                    Phase.INITIAL,
                    site,
                    String.format(Locale.ROOT, "c%04d", i),
                    "www.example.nl",
                    "/",
                    "v",
                    null,
                    5,
                    false,
                    true,
                    true,
                    SameSite.LAX,
                    null,
                    CookieSource.HTTP,
                    site,
                    start,
                    false));
        }
        ScanInfo info = new ScanInfo(
                1, site, start, start.plusSeconds(9), "0.1.0", "Chromium", "UA", "1366x768", List.of(Phase.INITIAL), 1);
        ScanEvidence evidence = new ScanEvidence(
                info, List.of(), cookies, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());

        new FolderReportWriter()
                .write(
                        new Assessment(evidence, List.of(), List.of(), List.of(), List.of(), "r"),
                        out,
                        out,
                        Language.DUTCH);

        Document doc = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        assertThat(doc.select("table.cookies tbody tr")).hasSize(501);
        assertThat(doc.select("table.cookies tr.more").text()).startsWith("… en nog 700 rij(en)");
        assertThat(doc.select("table.cookies tr.more td").attr("colspan")).isEqualTo("9");
        assertThat(Files.readAllLines(out.resolve("cookies.csv"))).hasSize(1201);
        assertThat(Files.readString(out.resolve("report.json"))).contains("\"c1199\"");
    }
}
