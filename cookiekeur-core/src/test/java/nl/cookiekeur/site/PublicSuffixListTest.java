package nl.cookiekeur.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicSuffixListTest {

    private static final PublicSuffixList SMALL = PublicSuffixList.of(List.of(
            "// ===BEGIN ICANN DOMAINS===",
            "uk",
            "co.uk",
            "*.ck",
            "!www.ck",
            "公司.cn",
            "// ===END ICANN DOMAINS===",
            "// ===BEGIN PRIVATE DOMAINS===",
            "github.io",
            "*.compute.example-cloud.uk"));

    @Test
    void appliesNormalWildcardAndExceptionRules() {
        assertThat(SMALL.registrable("a.b.example.co.uk")).isEqualTo("example.co.uk");
        assertThat(SMALL.registrable("a.b.ck")).isEqualTo("a.b.ck");
        assertThat(SMALL.registrable("a.www.ck")).isEqualTo("www.ck");
        assertThat(SMALL.registrable("x.y.z.compute.example-cloud.uk")).isEqualTo("y.z.compute.example-cloud.uk");
        assertThat(SMALL.registrable("example-cloud.uk")).isEqualTo("example-cloud.uk");
    }

    @Test
    void fallsBackToTheImplicitStarRuleAndAnswersSuffixesThemselves() {
        assertThat(SMALL.registrable("a.b.example.test")).isEqualTo("example.test");
        assertThat(SMALL.suffixOf("a.b.example.test")).isEqualTo(new PublicSuffixList.Suffix("test", false, false));
        assertThat(SMALL.registrable("co.uk")).isEqualTo("co.uk");
        assertThat(SMALL.registrable("localhost")).isEqualTo("localhost");
    }

    @Test
    void knowsWhichSectionARuleComesFrom() {
        assertThat(SMALL.suffixOf("co.uk").icann()).isTrue();
        assertThat(SMALL.suffixOf("me.github.io")).isEqualTo(new PublicSuffixList.Suffix("github.io", true, false));
    }

    @Test
    void holdsInternationalRulesInPunycode() {
        assertThat(SMALL.registrable("www.shop.xn--55qx5d.cn")).isEqualTo("shop.xn--55qx5d.cn");
    }

    @Test
    void theShippedListHasBothSections() {
        PublicSuffixList shipped = PublicSuffixList.shipped();
        assertThat(shipped.size()).isGreaterThan(9000);
        assertThat(shipped.suffixOf("foo.bar.s3.amazonaws.com").listed()).isTrue();
        assertThat(shipped.registrable("shop.myshopify.com")).isEqualTo("shop.myshopify.com");
        assertThat(shipped.suffixOf("nl").icann()).isTrue();
    }
}
