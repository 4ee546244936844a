package nl.cookiekeur.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.Test;

/**
 * The crawl reads the sitemap with a real XML parser: the XSS fixture site's {@code sitemap.xml} writes its query
 * separator and a script tag as XML entities; the scanner must visit the decoded address (the markup
 * percent-encoded as a browser would) and never the entity text, and leave out another site's page.
 */
@FixtureSites
class SitemapCrawlScanTest {

    @Test
    void sitemapEntitiesAreDecodedBeforeThePageIsVisited(FixtureServer server) throws Exception {
        ScanEvidence evidence = new FixtureScans(server).scan(FixtureSite.XSS_PROEF, 4, Phase.INITIAL);

        assertThat(evidence.visits(Phase.INITIAL))
                .extracting(PageVisit::url)
                .contains("https://www.xss-proef.nl/cookies.html?taal=nl&vorm=%3Cscript%3Ealert(1)%3C/script%3E")
                .noneMatch(url -> url.contains("&amp;") || url.contains("&lt;") || url.contains("aanvaller"));
        assertThat(evidence.requests())
                .extracting(ObservedRequest::url)
                .anyMatch(url -> url.startsWith("https://www.xss-proef.nl/cookies.html?taal=nl&vorm="))
                .noneMatch(url -> url.contains("&amp;") || url.contains("&lt;"));
    }
}
