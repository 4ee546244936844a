package nl.cookiekeur.cli.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.cookie.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {
    private static final String HEADER =
            "name,domain,path,value,expires_in_seconds,session,http_only,host_only,secure,same_site,site";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void everyRowGetsOneRecordInInputOrderWithCategoryAdviceAndSource() throws IOException {
        Path input = write(
                HEADER,
                "_gid,.bakkerij-jansen.nl,/,GA1.1.123456789.1763800000,86000,false,false,false,true,Lax,"
                        + "https://www.bakkerij-jansen.nl/",
                "IDE,.doubleclick.net,/,AHWqTUm,33000000,false,true,false,true,None,https://www.bakkerij-jansen.nl/",
                "zq_unheard_of_9,www.bakkerij-jansen.nl,/,1,,true,false,true,false,,www.bakkerij-jansen.nl");

        CliRun run = classify("--input", input.toString());

        assertThat(run.exitCode()).isZero();
        List<JsonNode> records = lines(run.out());
        assertThat(records).extracting(r -> r.get("name").asText()).containsExactly("_gid", "IDE", "zq_unheard_of_9");
        JsonNode ga = records.get(0);
        assertThat(ga.get("category").asText()).isEqualTo("analytics");
        assertThat(ga.get("source").asText()).isNotEqualTo("classifier");
        assertThat(ga.get("confidence").asDouble()).isEqualTo(1.0);
        assertThat(ga.get("advice").asInt()).isEqualTo(10);
        assertThat(ga.get("reason").asText()).isEqualTo("undeclared-analytics");
        assertThat(ga.get("consentRequired").asBoolean()).isTrue();
        JsonNode ide = records.get(1);
        assertThat(ide.get("category").asText()).isEqualTo("marketing");
        assertThat(ide.get("advice").asInt()).isEqualTo(7);
        assertThat(ide.get("consentRequired").asBoolean()).isTrue();
        JsonNode unknown = records.get(2);
        assertThat(unknown.get("source").asText()).isEqualTo("classifier");
        assertThat(unknown.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(unknown.has("reason")).isTrue();
    }

    @Test
    void malformedRowIsReportedWithItsLineAndTheOthersStillRun() throws IOException {
        Path input = write(
                HEADER,
                "_ga,.winkel.nl,/,,34000000,false,false,false,true,Lax,https://www.winkel.nl/",
                "broken,.winkel.nl,/,,34000000,false,misschien,false,true,Lax,https://www.winkel.nl/",
                "too,few,columns",
                "_gid,.winkel.nl,/,,86000,false,false,false,true,Lax,https://www.winkel.nl/");

        CliRun run = classify("--input", input.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(lines(run.out())).extracting(r -> r.get("name").asText()).containsExactly("_ga", "_gid");
        assertThat(run.err())
                .contains("regel 3: kolom http_only: 'misschien' is geen true of false")
                .contains("regel 4: 3 kolommen in plaats van 11")
                .contains("2 van 4 rijen konden niet worden gelezen")
                .doesNotContain("Exception");
    }

    @Test
    void missingFileIsBadInputWithOneLine() {
        CliRun run = classify("--input", dir.resolve("nope.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("bestand niet gevonden").contains("nope.csv");
    }

    @Test
    void headerWithoutRequiredColumnIsBadInput() throws IOException {
        Path input = write("name,path", "_ga,/");

        CliRun run = classify("--input", input.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("column 'domain' is missing");
    }

    @Test
    void labelColumnGivesAnAccuracySummaryOnStandardError() throws IOException {
        Path input = write(
                HEADER + ",label",
                "_ga,.winkel.nl,/,,34000000,false,false,false,true,Lax,https://www.winkel.nl/,analytics",
                "IDE,.doubleclick.net,/,x,33000000,false,true,false,true,None,https://www.winkel.nl/,marketing",
                "_gid,.winkel.nl,/,,86000,false,false,false,true,Lax,https://www.winkel.nl/,necessary");

        CliRun run = classify("--input", input.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("Overeenkomst met de kolom label: 2 van 3 (66,7%)");
        assertThat(run.err())
                .as("_gid declared necessary is corrected to analytics by the reviewed list")
                .contains(
                        "Tegen de beoordeelde labels (op juridische gronden herzien: 1; zie docs/real-world-labels.md):"
                                + " 3 van 3 (100,0%)");
        assertThat(lines(run.out())).hasSize(3);
    }

    @Test
    void theLabelsOwnAgreementAmongSitesIsMeasuredOverTheWholeFile() throws IOException {
        // _ga: two sites say analytics, one necessary; lang: one site each; x_only: no other site labels it
        Path input = write(
                HEADER + ",label",
                "_ga,.a-winkel.nl,/,,34000000,false,false,false,true,Lax,https://www.a-winkel.nl/,analytics",
                "_ga,.b-winkel.nl,/,,34000000,false,false,false,true,Lax,https://b-winkel.nl/,analytics",
                "_ga,.c-winkel.nl,/,,34000000,false,false,false,true,Lax,https://www.c-winkel.nl/,necessary",
                "lang,www.a-winkel.nl,/,nl,3600,false,false,true,true,Lax,https://www.a-winkel.nl/,preferences",
                "lang,www.b-winkel.nl,/,nl,3600,false,false,true,true,Lax,https://b-winkel.nl/,marketing",
                "x_only,www.c-winkel.nl,/,1,3600,false,false,true,true,Lax,https://www.c-winkel.nl/,necessary");

        CliRun run = classify("--input", input.toString());

        // _ga on a and b agree with the majority of the others, on c not; each lang disagrees with the other site
        assertThat(run.err())
                .contains("Overeenkomst tussen de sites zelf: van 5 van de 6 cookies labelden ook andere sites in het"
                        + " bestand de naam; bij 2 daarvan (40,0%) gaven de meeste van die sites hetzelfde label.")
                .contains("1 cookies hebben een naam die geen andere site labelde.");
    }

    @Test
    void everyReviewedLabelCorrectsARealDeclarationAndCitesAKnownSource() throws IOException {
        Path sample = Path.of("../../shared/data/cookieblock-labelled-sample/labelled-cookies.csv")
                .toAbsolutePath()
                .normalize();
        assertThat(sample).as("the shared data folder beside the checkout").exists();
        List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
        List<String> header = CsvLine.split(lines.get(0)).orElseThrow();
        Properties citations = new Properties();
        try (var in = getClass().getResourceAsStream("/nl/cookiekeur/law/citations.properties")) {
            citations.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<LabelReview> reviews = LabelReviews.shipped().all();

        assertThat(reviews).hasSizeGreaterThan(20);
        for (LabelReview review : reviews) {
            long corrected = lines.stream()
                    .skip(1)
                    .map(line -> CsvLine.split(line).orElseThrow())
                    .filter(f -> review.corrects(
                            Cookie.of(
                                            f.get(header.indexOf("name")),
                                            URI.create(f.get(header.indexOf("first_party_domain"))))
                                    .withDomain(f.get(header.indexOf("domain"))),
                            LabelNames.category(f.get(header.indexOf("label"))).orElseThrow()))
                    .count();
            assertThat(corrected)
                    .as("sample rows corrected by the review of %s", review.name())
                    .isPositive();
            assertThat(citations).as("source of %s", review.name()).containsKey(review.source() + ".instrument");
            assertThat(review.reason()).isNotBlank();
        }
    }

    @Test
    void csvFormatWritesAHeaderAndOneLinePerRow() throws IOException {
        Path input = write(HEADER, "_gid,.winkel.nl,/,,86000,false,false,false,true,Lax,https://www.winkel.nl/");

        CliRun run = classify("--input", input.toString(), "--format", "csv");

        assertThat(run.exitCode()).isZero();
        List<String> out = run.out().lines().toList();
        assertThat(out.get(0))
                .isEqualTo(
                        "name,domain,category,likely,confidence,vendor,source,advice,consentRequired,reason,explanation");
        assertThat(out).hasSize(2);
        assertThat(out.get(1)).startsWith("_gid,.winkel.nl,analytics,,1.0,Google Analytics,");
    }

    @Test
    void rowsAsBrowsersExportThemAreReadNoRestrictionAndSessionExpiryZeroIncluded() throws IOException {
        Path input = write(
                "name,domain,path,first_party_domain,label,last_value,last_expiry_seconds,session,http_only,"
                        + "host_only,secure,same_site",
                "test_cookie,.doubleclick.net,/,http://www.winkel.nl/,3,CheckForPermission,899,False,False,False,"
                        + "True,no_restriction",
                "YSC,.youtube.com,/,http://www.winkel.nl/,3,abc,0,True,True,False,True,NO_RESTRICTION",
                "PHPSESSID,www.winkel.nl,/,http://www.winkel.nl/,0,x,0,True,False,True,False,unspecified");

        CliRun run = classify("--input", input.toString(), "--lang", "en");

        assertThat(run.exitCode()).isZero();
        List<JsonNode> records = lines(run.out());
        assertThat(records).hasSize(3);
        assertThat(records.subList(0, 2)).allSatisfy(r -> {
            assertThat(r.get("category").asText()).isEqualTo("marketing");
            assertThat(r.get("consentRequired").asBoolean()).isTrue();
        });
        assertThat(run.err()).contains("Cookies labelled advertising answered without a consent duty: 0 of 2");
    }

    @Test
    void cookieEditorJsonNeedsOnlyTheSiteAndBadRecordsAreNamedInDutch() throws IOException {
        Path input = dir.resolve("export.json");
        Files.writeString(input, """
                [{"name":"IDE","value":"x","domain":".doubleclick.net","path":"/","expirationDate":1893456000.5,
                  "hostOnly":false,"httpOnly":true,"secure":true,"session":false,"sameSite":"no_restriction"},
                 {"name":"lang","value":"nl","domain":"www.winkel.nl","path":"/","session":true,
                  "sameSite":"unspecified","hostOnly":true},
                 {"name":"bad","domain":"www.winkel.nl","sameSite":"sometimes"}]
                """, StandardCharsets.UTF_8);

        CliRun run = classify("--input", input.toString(), "--site", "www.winkel.nl");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(lines(run.out())).extracting(r -> r.get("name").asText()).containsExactly("IDE", "lang");
        assertThat(lines(run.out()).get(0).get("advice").asInt()).isEqualTo(7);
        assertThat(run.err()).contains("cookie 3: kolom same_site: 'sometimes'").doesNotContain("Exception");
    }

    @Test
    void netscapeCookiesTxtIsRead() throws IOException {
        Path input = write(
                "# Netscape HTTP Cookie File",
                ".doubleclick.net\tTRUE\t/\tTRUE\t1893456000\tIDE\tabc",
                "#HttpOnly_www.winkel.nl\tFALSE\t/\tFALSE\t0\tPHPSESSID\tx");

        CliRun run = classify("--input", input.toString(), "--site", "https://www.winkel.nl/");

        assertThat(run.exitCode()).isZero();
        assertThat(lines(run.out())).extracting(r -> r.get("name").asText()).containsExactly("IDE", "PHPSESSID");
    }

    @Test
    void partKeepsOnlyTheHeldOutOrFittedSites() throws IOException {
        List<String> rows = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 40; i++) {
            rows.add("_gid,.site" + i + ".nl,/,,86000,false,false,false,true,Lax,https://www.site" + i + ".nl/");
        }
        Path input = write(rows.toArray(String[]::new));

        int heldOut = lines(classify("--input", input.toString(), "--part", "held-out")
                        .out())
                .size();
        int fitted = lines(classify("--input", input.toString(), "--part", "fitted")
                        .out())
                .size();

        assertThat(heldOut).isPositive().isLessThan(fitted);
        assertThat(heldOut + fitted).isEqualTo(40);
    }

    @Test
    void unknownFormatIsBadInput() throws IOException {
        Path input = write(HEADER);

        CliRun run = classify("--input", input.toString(), "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("onbekend formaat 'xml'");
    }

    private CliRun classify(String... options) {
        List<String> args = new ArrayList<>(List.of("knowledge", "classify"));
        args.addAll(List.of(options));
        return CliRun.of(TestApplication.services(), "", args.toArray(String[]::new));
    }

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve("cookies.csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.lines().toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
