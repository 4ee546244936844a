package nl.cookiekeur.reporting.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.cookiekeur.compliance.Confidence;
import nl.cookiekeur.compliance.Finding;
import nl.cookiekeur.compliance.LocalizedText;
import nl.cookiekeur.compliance.Severity;
import org.junit.jupiter.api.Test;

class FixFirstTest {
    @Test
    void mostSevereChecksFirstAndAmongEqualsTheOneThatRemovesMostFindings() {
        List<FixFirst> lines = FixFirst.of(List.of(
                finding("NL-CK-05", Severity.HOOG),
                finding("NL-CK-01", Severity.KRITIEK),
                finding("NL-CK-07", Severity.HOOG),
                finding("NL-CK-07", Severity.MIDDEL),
                finding("NL-CK-07", Severity.HOOG),
                finding("NL-CK-20", Severity.LAAG),
                finding("NL-CK-30", Severity.MIDDEL)));

        assertThat(lines).extracting(FixFirst::checkId).containsExactly("NL-CK-01", "NL-CK-07", "NL-CK-05");
        assertThat(lines.get(1).findings()).isEqualTo(3);
        assertThat(lines.get(1).severity()).isEqualTo(Severity.HOOG);
        assertThat(lines.get(1).remediation().dutch()).isEqualTo("Herstel NL-CK-07 (hoog)");
    }

    @Test
    void lightFindingsAloneGiveNoList() {
        assertThat(FixFirst.of(List.of(finding("NL-CK-20", Severity.LAAG), finding("NL-CK-21", Severity.INFO))))
                .isEmpty();
    }

    private static Finding finding(String checkId, Severity severity) {
        String code = severity.code();
        return new Finding(
                checkId,
                severity,
                Confidence.CERTAIN,
                null,
                new LocalizedText("Titel " + checkId, "Title " + checkId),
                new LocalizedText("Uitleg", "Explanation"),
                new LocalizedText("Herstel " + checkId + " (" + code + ")", "Fix " + checkId),
                List.of(),
                List.of(),
                null);
    }
}
