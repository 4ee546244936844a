package nl.cookiekeur.knowledge.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.SiteSplit;
import nl.cookiekeur.cookie.Cookie;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SiteDeclarationsTest {
    private static final Path SHARED_SAMPLE =
            Path.of("../../shared/data/cookieblock-labelled-sample/labelled-cookies.csv");

    @Test
    void shipsOnlyCookiesOfFittedSites() {
        List<DeclaredCookie> rows = SiteDeclarations.load().rows();

        assertThat(rows).hasSize(735);
        assertThat(rows).noneMatch(row -> SiteSplit.heldOut(row.cookie().site()));
    }

    @Test
    void shippedRowsAreExactlyTheFittedRowsOfTheSharedSample() throws IOException {
        Path sample = sharedSample();
        List<String> expected;
        try (var reader = Files.newBufferedReader(sample, StandardCharsets.UTF_8)) {
            expected = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .filter(r -> !SiteSplit.heldOut(URI.create(r.get("first_party_domain"))))
                    .map(SiteDeclarationsTest::identity)
                    .toList();
        }
        List<String> shipped = SiteDeclarations.load().rows().stream()
                .map(d -> d.cookie().name() + ";" + d.cookie().domain() + ";"
                        + d.cookie().site())
                .toList();

        assertThat(shipped).containsExactlyElementsOf(expected);
    }

    @Test
    void votesCountDistinctSitesPerNameAndParty() {
        SiteDeclarations declarations = SiteDeclarations.read(
                new StringReader(String.join(
                        "\n",
                        String.join(",", SiteDeclarations.HEADER),
                        row("_ga", ".a.nl", "https://www.a.nl/", "necessary"),
                        row("_ga", ".b.nl", "https://b.nl/", "analytics"),
                        row("_ga", ".c.nl", "https://c.nl/", "analytics"),
                        row("_ga", ".c.nl", "https://c.nl/shop", "analytics"),
                        row("IDE", ".doubleclick.net", "https://a.nl/", "advertising"))),
                "test.csv");

        DeclarationVotes firstParty = declarations
                .votesFor(Cookie.of("_ga", URI.create("https://d.nl/")))
                .orElseThrow();
        assertThat(firstParty.total()).isEqualTo(3);
        assertThat(firstParty.majority()).isEqualTo(Category.ANALYTICS);
        assertThat(firstParty.majorityVotes()).isEqualTo(2);

        Cookie thirdParty = Cookie.of("IDE", URI.create("https://e.nl/")).withDomain(".doubleclick.net");
        assertThat(declarations.votesFor(thirdParty).orElseThrow().majority()).isEqualTo(Category.MARKETING);
        assertThat(declarations.votesFor(Cookie.of("IDE", URI.create("https://e.nl/"))))
                .isEmpty();
    }

    @Test
    void aBadLabelNamesFileAndLine() {
        String text = String.join(",", SiteDeclarations.HEADER) + "\n" + row("x", "a.nl", "https://a.nl/", "tasty");

        assertThatThrownBy(() -> SiteDeclarations.read(new StringReader(text), "bad.csv"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("bad.csv")
                .hasMessageContaining("2");
    }

    private static String row(String name, String domain, String site, String label) {
        return String.join(",", name, domain, "/", site, label, "v", "100", "False", "False", "False", "False", "lax");
    }

    private static String identity(CSVRecord r) {
        return r.get("name") + ";" + r.get("domain") + ";" + r.get("first_party_domain");
    }

    private static Path sharedSample() {
        Path sample = SHARED_SAMPLE.toAbsolutePath().normalize();
        assertThat(sample).as("the shared data folder beside the checkout").exists();
        return sample;
    }
}
