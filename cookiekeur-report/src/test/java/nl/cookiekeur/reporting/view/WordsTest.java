package nl.cookiekeur.reporting.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.compliance.Confidence;
import nl.cookiekeur.compliance.Finding;
import nl.cookiekeur.compliance.LocalizedText;
import nl.cookiekeur.compliance.Severity;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;

class WordsTest {
    private static final Words DUTCH = Words.of(Language.DUTCH);
    private static final Words ENGLISH = Words.of(Language.ENGLISH);

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(DUTCH.keys()).isEqualTo(ENGLISH.keys()).hasSizeGreaterThan(200);
        assertThatThrownBy(() -> DUTCH.get("no.such.key")).hasMessageContaining("no.such.key");
    }

    @Test
    void lifetimesAreSaidInPlainWords() {
        assertThat(PlainDuration.of(null, DUTCH)).isEqualTo("sessie");
        assertThat(PlainDuration.of(Duration.ofDays(400), DUTCH)).isEqualTo("13 maanden");
        assertThat(PlainDuration.of(Duration.ofDays(390), ENGLISH)).isEqualTo("13 months");
        assertThat(PlainDuration.of(Duration.ofDays(730), DUTCH)).isEqualTo("2 jaar");
        assertThat(PlainDuration.of(Duration.ofDays(1), DUTCH)).isEqualTo("1 dag");
        assertThat(PlainDuration.of(Duration.ofMinutes(30), DUTCH)).isEqualTo("30 minuten");
        assertThat(PlainDuration.of(Duration.ofSeconds(5), ENGLISH)).isEqualTo("less than a minute");
        assertThat(PlainDuration.of(Duration.ofSeconds(-5), DUTCH)).isEqualTo("minder dan een minuut");
    }

    @Test
    void theVerdictNamesTheSeriousFindingsOrSaysNothingSerious() {
        assertThat(verdict(Severity.KRITIEK, Severity.KRITIEK, Severity.HOOG, Severity.LAAG)
                        .headline())
                .isEqualTo(new LocalizedText(
                        "Niet in orde: 2 kritieke en 1 hoge bevindingen",
                        "Not in order: 2 critical and 1 high findings"));
        assertThat(verdict(Severity.HOOG).headline().dutch()).isEqualTo("Niet in orde: 1 hoge bevinding");
        Verdict attention = verdict(Severity.MIDDEL, Severity.MIDDEL, Severity.INFO);
        assertThat(attention.status()).isEqualTo("attention");
        assertThat(attention.headline().dutch()).isEqualTo("Aandacht nodig: 2 middelzware bevindingen");
        Verdict ok = verdict(Severity.LAAG, Severity.INFO);
        assertThat(ok.status()).isEqualTo("ok");
        assertThat(ok.headline().dutch()).isEqualTo("Geen ernstige problemen gevonden");
        assertThat(ok.worst()).contains(Severity.LAAG);
        assertThat(verdict().worst()).isEmpty();
        assertThat(verdict().counts())
                .containsOnlyKeys(Severity.values())
                .allSatisfy((s, n) -> assertThat(n).isZero());
    }

    private static Verdict verdict(Severity... severities) {
        Instant start = Instant.parse("2026-03-02T09:15:00Z");
        ScanInfo info =
                new ScanInfo(1, "https://example.nl/", start, start, "0", "b", "ua", "v", List.of(Phase.INITIAL), 1);
        ScanEvidence evidence = new ScanEvidence(
                info, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        LocalizedText t = new LocalizedText("t", "t");
        List<Finding> findings = java.util.Arrays.stream(severities)
                .map(s -> new Finding("NL-CK-01", s, Confidence.CERTAIN, null, t, t, t, List.of(), List.of(), null))
                .toList();
        return Verdict.of(new Assessment(evidence, findings, List.of(), List.of(), List.of(), "r"));
    }
}
