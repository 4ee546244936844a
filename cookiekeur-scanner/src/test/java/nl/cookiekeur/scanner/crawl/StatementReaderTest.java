package nl.cookiekeur.scanner.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import nl.cookiekeur.evidence.PolicyText;
import org.junit.jupiter.api.Test;

class StatementReaderTest {

    @Test
    void titleVisibleTextAndTableRowsWithoutScripts() {
        PolicyText text = StatementReader.parse(
                "https://www.shop.nl/",
                "cookie",
                "https://www.shop.nl/cookies",
                "<html><head><title>Cookies</title><script>var secret = 1;</script></head><body>"
                        + "<h1>Cookieverklaring</h1><p>Wij gebruiken <b>cookies</b>.</p>"
                        + "<table><tr><th>Naam</th><th>Doel</th></tr><tr><td>_ga</td><td>Statistiek\tanalyse</td></tr>"
                        + "<tr></tr></table><style>p{}</style></body></html>");
        assertThat(text.title()).isEqualTo("Cookies");
        assertThat(text.text())
                .startsWith("Cookieverklaring Wij gebruiken cookies.")
                .doesNotContain("secret");
        assertThat(text.tables()).containsExactly("Naam\tDoel", "_ga\tStatistiek analyse");
        assertThat(text.kind()).isEqualTo("cookie");
    }

    @Test
    void boundsHugeStatements() {
        String rows = "<tr><td>x</td></tr>".repeat(2000);
        PolicyText text = StatementReader.parse(
                "https://a.nl/",
                "privacy",
                "https://a.nl/p",
                "<p>" + "woord ".repeat(20_000) + "</p><table>" + rows + "</table>");
        assertThat(text.text()).hasSize(StatementReader.MAX_TEXT);
        assertThat(text.tables()).hasSize(StatementReader.MAX_ROWS);
    }
}
