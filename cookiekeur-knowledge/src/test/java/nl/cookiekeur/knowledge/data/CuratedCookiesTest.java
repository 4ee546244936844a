package nl.cookiekeur.knowledge.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.Retention;
import org.junit.jupiter.api.Test;

class CuratedCookiesTest {
    private static final String HEADER = String.join(",", CuratedCookies.HEADER) + "\n";

    private static KnowledgeEntry upstream(String id, String name, List<String> domains, Category category) {
        return new KnowledgeEntry(
                id,
                OpenCookieDatabase.SOURCE_ID,
                name,
                false,
                domains,
                "Vendor",
                category,
                Retention.session(),
                "Vendor",
                null,
                "",
                null);
    }

    private static List<CuratedEntry> curated(String rows) {
        return CuratedCookies.read(new StringReader(HEADER + rows), "curated-test.csv");
    }

    @Test
    void aRowWithTheSameNameAndDomainsReplacesTheUpstreamEntryInPlace() {
        List<KnowledgeEntry> upstream = List.of(
                upstream("u1", "_v_id", List.of(), Category.NECESSARY),
                upstream("u2", "_other", List.of(), Category.MARKETING));

        List<KnowledgeEntry> merged = CuratedCookies.apply(
                upstream, curated("ck-v,Vendor,analytics,_v_id,0,,1 year,Vendor,,Visitor id.,,Is analytics.\n"));

        assertThat(merged).extracting(KnowledgeEntry::id).containsExactly("ck-v", "u2");
        assertThat(merged.getFirst().category()).isEqualTo(Category.ANALYTICS);
        assertThat(merged.getFirst().source()).isEqualTo("cookiekeur-curated");
        assertThat(merged.getFirst().replaces()).isEqualTo("u1");
    }

    @Test
    void aRowNamingAnUpstreamIdReplacesItEvenWithOtherDomains() {
        List<KnowledgeEntry> upstream = List.of(upstream("u1", "_clck", List.of("clarity.ms"), Category.ANALYTICS));

        List<KnowledgeEntry> merged = CuratedCookies.apply(
                upstream, curated("ck-c,Clarity,analytics,_clck,0,,1 year,Microsoft,,User id.,u1,First party.\n"));

        assertThat(merged).singleElement().satisfies(entry -> {
            assertThat(entry.firstParty()).isTrue();
            assertThat(entry.replaces()).isEqualTo("u1");
        });
    }

    @Test
    void aRowWithOtherDomainsIsAnAddition() {
        List<KnowledgeEntry> upstream = List.of(upstream("u1", "MUID", List.of("bing.com"), Category.MARKETING));

        List<KnowledgeEntry> merged = CuratedCookies.apply(
                upstream,
                curated("ck-m,Clarity,marketing,MUID,0,clarity.ms,1 year,Microsoft,,Browser id.,,Also on clarity.\n"));

        assertThat(merged).extracting(KnowledgeEntry::id).containsExactly("u1", "ck-m");
        assertThat(merged.get(1).replaces()).isNull();
    }

    @Test
    void replacingAnUnknownUpstreamIdFailsWithTheCuratedLine() {
        List<CuratedEntry> rows = curated(
                "ck-x,X,analytics,_x,0,,1 year,X,,X id.,,Fine.\nck-y,Y,analytics,_y,0,,1 year,Y,,Y id.,nope,Bad.\n");

        assertThatThrownBy(() -> CuratedCookies.apply(List.of(), rows))
                .isInstanceOf(DataFileException.class)
                .hasMessage("curated-test.csv:3: vervangt 'nope', maar die id bestaat niet in de Open Cookie Database");
    }

    @Test
    void theShippedOverridesAllApplyToTheShippedDatabase() {
        List<KnowledgeEntry> merged = CuratedCookies.apply(OpenCookieDatabase.load(), CuratedCookies.load());

        KnowledgeEntry hotjar = merged.stream()
                .filter(e -> e.name().equals("_hjSessionUser_"))
                .findFirst()
                .orElseThrow();
        assertThat(hotjar.category()).isEqualTo(Category.ANALYTICS);
        assertThat(hotjar.replaces()).isEqualTo("d5da1a8e-0ccd-4b3a-a19d-ec38807a5444");
        assertThat(merged.stream().filter(e -> e.name().equals("_hjSessionUser_")))
                .hasSize(1);
    }
}
