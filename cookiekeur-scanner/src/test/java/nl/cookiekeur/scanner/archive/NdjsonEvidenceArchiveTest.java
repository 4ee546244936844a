package nl.cookiekeur.scanner.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.cookiekeur.evidence.EvidenceFormatException;
import nl.cookiekeur.evidence.ScanEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonEvidenceArchiveTest {

    private final NdjsonEvidenceArchive archive = new NdjsonEvidenceArchive();

    @TempDir
    Path folder;

    @Test
    void fullyPopulatedEvidenceReadsBackEqual() {
        ScanEvidence evidence = SampleEvidence.full();
        archive.write(evidence, folder);

        assertThat(archive.read(folder)).isEqualTo(evidence);
    }

    @Test
    void writesOneFilePerRecordTypeWithTheVersionOnEveryLine() throws IOException {
        archive.write(SampleEvidence.full(), folder);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly(
                            "banner-events.ndjson",
                            "banners.ndjson",
                            "behaviours.ndjson",
                            "choices.ndjson",
                            "consent-signals.ndjson",
                            "cookies.ndjson",
                            "fingerprinting.ndjson",
                            "problems.ndjson",
                            "requests.ndjson",
                            "scan.ndjson",
                            "screenshots.ndjson",
                            "statements.ndjson",
                            "storage.ndjson",
                            "visits.ndjson");
        }
        List<String> cookies = Files.readAllLines(folder.resolve("cookies.ndjson"), UTF_8);
        assertThat(cookies).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("{\"v\":1,"));
        assertThat(cookies.getFirst())
                .contains(
                        "\"name\":\"_ga\"",
                        "\"sameSite\":\"UNSPECIFIED\"",
                        "\"firstSeen\":\"2026-11-22T20:41:00.123456789Z\"");
    }

    @Test
    void rewritingReplacesEarlierEvidenceAndLeavesNoTemporaryFiles() throws IOException {
        ScanEvidence full = SampleEvidence.full();
        archive.write(full, folder);
        ScanEvidence empty = new ScanEvidence(
                full.scan(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        archive.write(empty, folder);

        assertThat(archive.read(folder)).isEqualTo(empty);
        assertThat(Files.size(folder.resolve("cookies.ndjson"))).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void unknownFieldsAndBlankLinesAreIgnoredAndAbsentFilesAreEmpty() throws IOException {
        archive.write(SampleEvidence.full(), folder);
        Path problems = folder.resolve("problems.ndjson");
        String line = "{\"v\":1,\"phase\":null,\"pageUrl\":\"https://a.nl/\",\"kind\":\"popup\","
                + "\"message\":\"closed\",\"addedLater\":{\"x\":[1,2]}}";
        Files.writeString(problems, "\n" + line + "\n\n", UTF_8);
        Files.delete(folder.resolve("statements.ndjson"));

        ScanEvidence read = archive.read(folder);

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("popup");
            assertThat(p.phase()).isNull();
        });
        assertThat(read.statements()).isEmpty();
    }

    @Test
    void cookiesWrittenBeforeTheRequestedExpiryExistedReadItAsUnknown() throws IOException {
        archive.write(SampleEvidence.full(), folder);
        String old = "{\"v\":1,\"phase\":\"INITIAL\",\"pageUrl\":\"https://a.nl/\",\"name\":\"_ga\","
                + "\"domain\":\".a.nl\",\"path\":\"/\",\"value\":\"1\",\"expires\":\"2027-01-01T00:00:00Z\","
                + "\"sizeBytes\":4,\"httpOnly\":false,\"hostOnly\":false,\"secure\":true,\"sameSite\":\"LAX\","
                + "\"partitionKey\":null,\"source\":\"SCRIPT\",\"setter\":null,"
                + "\"firstSeen\":\"2026-01-01T00:00:00Z\",\"removed\":false}";
        Files.writeString(folder.resolve("cookies.ndjson"), old + "\n", UTF_8);

        ScanEvidence read = archive.read(folder);

        assertThat(read.cookies()).singleElement().satisfies(c -> {
            assertThat(c.requestedExpires()).isNull();
            assertThat(c.judgedLifetime()).isEqualTo(c.lifetime());
        });
    }

    @Test
    void newerVersionIsRefusedNamingFileAndLine() throws IOException {
        archive.write(SampleEvidence.full(), folder);
        Path cookies = folder.resolve("cookies.ndjson");
        List<String> lines = Files.readAllLines(cookies, UTF_8);
        Files.write(cookies, List.of(lines.get(0), lines.get(1).replaceFirst("\\{\"v\":1,", "{\"v\":2,")), UTF_8);

        assertThatThrownBy(() -> archive.read(folder))
                .isInstanceOf(EvidenceFormatException.class)
                .hasMessageStartingWith("cookies.ndjson:2: ")
                .hasMessageContaining("versie 2")
                .hasMessageContaining("nieuwer");
    }

    @Test
    void corruptLinesAreReportedWithFileAndLine() throws IOException {
        archive.write(SampleEvidence.full(), folder);
        Path visits = folder.resolve("visits.ndjson");
        List<String> lines = Files.readAllLines(visits, UTF_8);

        Files.write(visits, List.of(lines.get(0), "{\"v\":1,\"phase\":\"INITIAL\"", lines.get(1)), UTF_8);
        assertThatThrownBy(() -> archive.read(folder))
                .isInstanceOf(EvidenceFormatException.class)
                .hasMessageStartingWith("visits.ndjson:2: geen geldige JSON");

        Files.write(visits, List.of(lines.get(0), lines.get(1), "{\"v\":1,\"phase\":\"LATER\",\"order\":1}"), UTF_8);
        assertThatThrownBy(() -> archive.read(folder))
                .isInstanceOf(EvidenceFormatException.class)
                .hasMessageStartingWith("visits.ndjson:3: geen geldig PageVisit-record");

        Files.write(visits, List.of("{\"phase\":\"INITIAL\"}"), UTF_8);
        assertThatThrownBy(() -> archive.read(folder))
                .isInstanceOf(EvidenceFormatException.class)
                .hasMessageStartingWith("visits.ndjson:1: de formaatversie");

        Files.write(visits, List.of("[1,2]"), UTF_8);
        assertThatThrownBy(() -> archive.read(folder))
                .isInstanceOf(EvidenceFormatException.class)
                .hasMessage("visits.ndjson:1: de regel is geen JSON-object.");
    }

    @Test
    void missingRequiredFieldIsACorruptLine() throws IOException {
        archive.write(SampleEvidence.full(), folder);
        Files.writeString(
                folder.resolve("screenshots.ndjson"),
                "{\"v\":1,\"phase\":\"INITIAL\",\"pageUrl\":\"https://a.nl/\",\"moment\":\"banner\"}\n",
                UTF_8);

        assertThatThrownBy(() -> archive.read(folder))
                .isInstanceOf(EvidenceFormatException.class)
                .hasMessageStartingWith("screenshots.ndjson:1: geen geldig Screenshot-record")
                .hasMessageContaining("file");
    }

    @Test
    void aFolderWithoutScanFileIsRefused() {
        assertThatThrownBy(() -> archive.read(folder))
                .isInstanceOf(EvidenceFormatException.class)
                .hasMessageContaining("scan.ndjson ontbreekt");
    }
}
