package nl.cookiekeur.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.cookiekeur.report.StatementLine;
import nl.cookiekeur.site.WebUrl;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;

class StatementFragmentTest {
    private static final MonitoredSite SITE = new MonitoredSite(
            7,
            new NewSite(
                    WebUrl.parse("https://www.voorbeeld.nl/").orElseThrow(),
                    Frequency.WEEK,
                    1,
                    null,
                    false,
                    AlertTargets.NONE),
            Instant.parse("2026-12-01T10:00:00Z"));
    private static final StatementLine HOSTILE = new StatementLine(
            "cookie",
            "<img src=x onerror=alert(1)>",
            "\"evil.example",
            "cookie",
            "<script>alert('p')</script>",
            "analytics\" onclick=\"x",
            "analytics",
            "Meet <b>bezoek</b> & meer",
            "13 maanden",
            "derde partij");

    @Test
    void escapesEverythingAndPublishesOnlyApprovedItems() {
        LivingStatement statement = new LivingStatement(
                SITE,
                Language.DUTCH,
                42,
                Instant.parse("2026-12-04T20:00:00Z"),
                List.of(HOSTILE),
                List.of(HOSTILE.describedAs("wacht")));
        String html = StatementFragment.html(statement);
        assertThat(html)
                .startsWith("<section class=\"ckv-statement\" lang=\"nl\">")
                .contains("<td>&lt;img src=x onerror=alert(1)&gt;</td>")
                .contains("&lt;script&gt;alert(&#39;p&#39;)&lt;/script&gt;")
                .contains("Meet &lt;b&gt;bezoek&lt;/b&gt; &amp; meer")
                .contains("class=\"ckv-category ckv-category-analyticsonclickx\"")
                .contains("Analytics")
                .doesNotContain("<img")
                .doesNotContain("<script")
                .doesNotContain("onclick=\"")
                .doesNotContain("wacht");
        assertThat(html.replaceAll("class=\"ckv-[a-z0-9 -]*(ckv-[a-z0-9-]*)?\"", ""))
                .as("every class has the prefix")
                .doesNotContain("class=");

        String json = StatementJson.json(statement);
        assertThat(json)
                .contains("\"site\":7")
                .contains("\"scan\":42")
                .contains("\"name\":\"\\u003cimg src=x onerror=alert(1)\\u003e\"")
                .contains("\"domain\":\"\\\"evil.example\"")
                .doesNotContain("<")
                .doesNotContain("wacht");
    }

    @Test
    void englishAndEmpty() {
        LivingStatement empty = new LivingStatement(
                SITE, Language.ENGLISH, 3, Instant.parse("2026-12-04T20:00:00Z"), List.of(), List.of(HOSTILE));
        assertThat(StatementFragment.html(empty))
                .contains("lang=\"en\"")
                .contains("Cookie statement of www.voorbeeld.nl")
                .contains("class=\"ckv-empty\"")
                .doesNotContain("<table");
        assertThat(StatementJson.json(empty)).contains("\"items\":[]").contains("\"language\":\"en\"");
    }
}
