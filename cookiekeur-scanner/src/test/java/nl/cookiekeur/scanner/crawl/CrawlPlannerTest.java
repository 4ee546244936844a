package nl.cookiekeur.scanner.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrawlPlannerTest {

    @Test
    void samesitePagesFromLinksThenSitemapWithTheDeepestAsDeepEntry() {
        CrawlPlan plan = CrawlPlanner.plan(
                "https://www.shop.nl/",
                List.of(
                        "https://www.shop.nl/#top",
                        "https://www.shop.nl/over",
                        "https://www.shop.nl/over#team",
                        "https://www.facebook.com/shop",
                        "https://www.shop.nl/folder.pdf",
                        "https://www.shop.nl/uitloggen",
                        "mailto:info@shop.nl",
                        "https://blog.shop.nl/"),
                List.of("https://www.shop.nl/winkel/fietsen/e-bike", "https://www.shop.nl/contact"),
                4);
        assertThat(plan.others())
                .containsExactly(
                        "https://www.shop.nl/over",
                        "https://blog.shop.nl/",
                        "https://www.shop.nl/winkel/fietsen/e-bike");
        assertThat(plan.deepEntry()).isEqualTo("https://www.shop.nl/winkel/fietsen/e-bike");
        assertThat(plan.size()).isEqualTo(4);
    }

    @Test
    void onePageMeansTheStartPageOnly() {
        CrawlPlan plan = CrawlPlanner.plan("https://www.shop.nl/", List.of("https://www.shop.nl/a"), List.of(), 1);
        assertThat(plan.others()).isEmpty();
        assertThat(plan.deepEntry()).isNull();
    }
}
