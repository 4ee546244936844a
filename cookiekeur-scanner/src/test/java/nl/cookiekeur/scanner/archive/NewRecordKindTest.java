package nl.cookiekeur.scanner.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.evidence.EvidenceFormatException;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.RecordKind;
import nl.cookiekeur.evidence.RecordKinds;
import nl.cookiekeur.evidence.ScanEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kind of record the registry does not know is one record type and one declaration: the archive keeps it. */
class NewRecordKindTest {

    /** A record type only this test knows. */
    record ServiceWorker(Phase phase, String scope, String script) {}

    private static final RecordKind<ServiceWorker> SERVICE_WORKERS =
            new RecordKind<>("service-workers", ServiceWorker.class, "service-workers.ndjson", 2);

    @TempDir
    Path folder;

    @Test
    void aNewKindRoundTripsThroughTheArchiveWithItsOwnFileAndVersion() throws IOException {
        List<RecordKind<?>> kinds = new ArrayList<>(RecordKinds.ALL);
        kinds.add(SERVICE_WORKERS);
        NdjsonEvidenceArchive archive = new NdjsonEvidenceArchive(kinds);
        ScanEvidence sample = SampleEvidence.full();
        Map<RecordKind<?>, List<?>> records = new LinkedHashMap<>(sample.records());
        records.put(SERVICE_WORKERS, List.of(new ServiceWorker(Phase.INITIAL, "https://www.webwinkel.nl/", "/sw.js")));
        ScanEvidence evidence = new ScanEvidence(sample.scan(), records);

        archive.write(evidence, folder);
        ScanEvidence read = archive.read(folder);

        assertThat(read).isEqualTo(evidence);
        assertThat(read.records(SERVICE_WORKERS))
                .extracting(ServiceWorker::script)
                .containsExactly("/sw.js");
        assertThat(Files.readAllLines(folder.resolve("service-workers.ndjson"), UTF_8))
                .containsExactly(
                        "{\"v\":2,\"phase\":\"INITIAL\",\"scope\":\"https://www.webwinkel.nl/\",\"script\":\"/sw.js\"}");
        assertThat(new NdjsonEvidenceArchive().read(folder)).isEqualTo(sample);
    }

    @Test
    void aLineNewerThanItsKindsVersionIsRefused() throws IOException {
        NdjsonEvidenceArchive archive = new NdjsonEvidenceArchive(List.of(SERVICE_WORKERS));
        archive.write(SampleEvidence.full(), folder);
        Files.writeString(
                folder.resolve("service-workers.ndjson"),
                "{\"v\":3,\"phase\":\"INITIAL\",\"scope\":\"/\",\"script\":\"/sw.js\"}\n",
                UTF_8);

        assertThatThrownBy(() -> archive.read(folder))
                .isInstanceOf(EvidenceFormatException.class)
                .hasMessageContaining("service-workers.ndjson:1:")
                .hasMessageContaining("versie 3");
    }

    @Test
    void evidenceWithoutAKindHasItEmpty() {
        ScanEvidence evidence = new ScanEvidence(SampleEvidence.full().scan(), Map.of());

        assertThat(evidence.records()).containsOnlyKeys(RecordKinds.ALL);
        assertThat(evidence.cookies()).isEmpty();
        assertThat(evidence.records(SERVICE_WORKERS)).isEmpty();
    }

    @Test
    void aRecordOfAnotherTypeIsRefused() {
        Map<RecordKind<?>, List<?>> records = Map.of(RecordKinds.COOKIES, List.of("not a cookie"));

        assertThatThrownBy(() -> new ScanEvidence(SampleEvidence.full().scan(), records))
                .isInstanceOf(ClassCastException.class);
    }
}
