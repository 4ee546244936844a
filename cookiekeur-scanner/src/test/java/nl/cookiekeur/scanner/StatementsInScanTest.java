package nl.cookiekeur.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.PolicyText;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.Test;

/** A whole scan records the statement the start page links to, once, from the initial phase. */
@FixtureSites
class StatementsInScanTest {

    @Test
    void theScanOfSchoonmaakbedrijfKokCarriesItsCookieStatement(FixtureServer server) throws Exception {
        ScanEvidence evidence =
                new FixtureScans(server).scan(FixtureSite.SCHOONMAAKBEDRIJF_KOK, 1, Phase.INITIAL, Phase.REJECT);

        assertThat(evidence.statements())
                .extracting(PolicyText::url)
                .containsExactly("https://www.schoonmaakbedrijf-kok.nl/cookieverklaring.html");
        assertThat(evidence.statements().get(0).tables())
                .contains(
                        "_ga\tGoogle\tOnderscheidt bezoekers (statistieken)\t1 jaar",
                        "_gid\tGoogle\tOnderscheidt bezoekers per dag\t24 uur");
        assertThat(evidence.problems())
                .noneMatch(p -> p.kind().equals("statement") || p.kind().equals("timeout"));
    }
}
