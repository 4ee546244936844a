package nl.cookiekeur.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ControlShot;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanProblem;
import nl.cookiekeur.evidence.ScreenBox;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import nl.cookiekeur.scan.ScanActivity;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scan.ScanProgress;
import nl.cookiekeur.scan.ScanRequest;
import nl.cookiekeur.scan.ScanStep;
import nl.cookiekeur.site.WebUrl;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The consent phases on a compliant site (vanilla-cookieconsent gating PostHog) with a crawl of three pages,
 * a hostile site whose pages must not end the scan, and an unreachable site.
 */
@FixtureSites
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhasesAndCrawlScanTest {
    private FixtureServer server;
    private ScanEvidence bakkerij;
    private ScanEvidence lastig;
    private Path bakkerijFolder;
    private final List<ScanStep> steps = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    void scan(FixtureServer shared) throws Exception {
        server = shared;
        FixtureScans scans = new FixtureScans(server);
        bakkerijFolder = FixtureScans.folder();
        bakkerij = PlaywrightSiteScanner.chromium()
                .scan(
                        scans.request(
                                FixtureSite.BAKKERIJ_JANSEN,
                                3,
                                bakkerijFolder,
                                Phase.INITIAL,
                                Phase.REJECT,
                                Phase.ACCEPT),
                        steps::add);
        lastig = scans.scan(FixtureSite.LASTIGE_SITE, 8, Phase.INITIAL);
    }

    private static List<String> names(ScanEvidence evidence, Phase phase) {
        return evidence.cookies(phase).stream()
                .filter(c -> !c.removed())
                .map(ObservedCookie::name)
                .sorted()
                .toList();
    }

    @Test
    void nothingBeforeAChoiceOnlyTheChoiceAfterRejectPostHogAfterAccept() {
        assertThat(names(bakkerij, Phase.INITIAL)).isEmpty();
        assertThat(names(bakkerij, Phase.REJECT)).containsExactly("cc_cookie");
        assertThat(names(bakkerij, Phase.ACCEPT)).contains("cc_cookie", "ph_phc_bakkerijJansenFixture0001_posthog");
        assertThat(bakkerij.requests(Phase.INITIAL)).noneMatch(r -> r.url().contains("posthog"));
        assertThat(bakkerij.requests(Phase.ACCEPT)).anyMatch(r -> r.url().contains("posthog-js"));
    }

    @Test
    void choicesAreMadeOnTheFirstLayerWithScreenshots() throws Exception {
        assertThat(bakkerij.choices()).extracting(c -> c.phase()).containsExactly(Phase.REJECT, Phase.ACCEPT);
        for (var choice : bakkerij.choices()) {
            assertThat(choice.outcome()).isEqualTo(ChoiceOutcome.MADE);
            assertThat(choice.layer()).isEqualTo(1);
            assertThat(choice.pageUrl()).isEqualTo("https://www.bakkerij-jansen.nl/");
        }
        assertThat(bakkerij.banners(Phase.INITIAL)).anyMatch(b -> b.found());
        for (var shot : bakkerij.screenshots()) {
            Path file = bakkerijFolder.resolve(shot.file());
            assertThat(file).exists();
            assertThat(Files.size(file)).isBetween(1_000L, 5_000_000L);
        }
        assertThat(bakkerij.screenshots()).extracting(s -> s.moment()).contains("after-phase", "deep-entry");
    }

    @Test
    void eachChoiceHasAScreenshotCroppedToTheBannerWithTheClickedControlInside() throws Exception {
        for (var choice : bakkerij.choices()) {
            ControlShot shot = Objects.requireNonNull(choice.controlShot(), "control screenshot of " + choice.phase());
            BufferedImage image =
                    ImageIO.read(bakkerijFolder.resolve(shot.file()).toFile());
            // cropped: the banner of vanilla-cookieconsent is a box in a corner, far smaller than the 1280x800 page
            assertThat(image.getWidth() * image.getHeight()).isLessThan(1280 * 800 / 2);
            assertThat(image.getWidth()).isEqualTo(shot.image().width());
            assertThat(image.getHeight()).isEqualTo(shot.image().height());
            ScreenBox control = shot.control();
            assertThat(control.width()).isPositive();
            assertThat(control.height()).isPositive();
            assertThat(control.x() + control.width())
                    .isLessThanOrEqualTo(shot.image().width());
            assertThat(control.y() + control.height())
                    .isLessThanOrEqualTo(shot.image().height());
        }
    }

    @Test
    void rejectReloadsAndVisitsDeeperPages() {
        List<PageVisit> reject = bakkerij.visits(Phase.REJECT);
        assertThat(reject)
                .extracting(PageVisit::url)
                .startsWith("https://www.bakkerij-jansen.nl/", "https://www.bakkerij-jansen.nl/")
                .hasSize(4);
        assertThat(reject).extracting(PageVisit::order).containsExactly(1, 2, 3, 4);
    }

    @Test
    void crawlTakesPagesFromLinksAndSitemapWithADeepEntryPage() {
        List<PageVisit> initial = bakkerij.visits(Phase.INITIAL);
        assertThat(initial).hasSize(3);
        assertThat(initial).filteredOn(PageVisit::deepEntry).hasSize(1);
        assertThat(initial)
                .extracting(PageVisit::url)
                .doesNotHaveDuplicates()
                .allMatch(url -> url.startsWith("https://www.bakkerij-jansen.nl/"));
        // the scanner's own sitemap look-up is not the site's traffic
        assertThat(bakkerij.requests()).noneMatch(r -> r.url().endsWith("/sitemap.xml"));
    }

    @Test
    void theLinkedCookieStatementIsReadWithItsTable() {
        assertThat(bakkerij.statements()).hasSize(1);
        var statement = bakkerij.statements().getFirst();
        assertThat(statement.kind()).isEqualTo("cookie");
        assertThat(statement.url()).isEqualTo("https://www.bakkerij-jansen.nl/cookies.html");
        assertThat(statement.linkedFrom()).isEqualTo("https://www.bakkerij-jansen.nl/");
        assertThat(statement.tables()).hasSize(3).anyMatch(row -> row.startsWith("cc_cookie\t"));
        assertThat(bakkerij.requests())
                .noneMatch(r -> r.url().endsWith("/cookies.html")
                        && r.phase() == Phase.INITIAL
                        && r.resourceType().equals("fetch"));
    }

    @Test
    void progressReportsPhasesPagesAndCounts() {
        assertThat(steps).extracting(ScanStep::phase).contains(Phase.INITIAL, Phase.REJECT, Phase.ACCEPT);
        assertThat(steps)
                .extracting(ScanStep::activity)
                .contains(
                        ScanActivity.LOADING, ScanActivity.SCROLLING, ScanActivity.SEARCHING_BANNER, ScanActivity.DONE);
        ScanStep last = steps.stream()
                .filter(s -> s.phase() == Phase.ACCEPT)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(last.cookies()).isGreaterThanOrEqualTo(2);
        assertThat(last.requests()).isPositive();
    }

    @Test
    void hostilePagesAreRecordedAndTheScanGoesOn() {
        List<String> kinds =
                lastig.problems().stream().map(ScanProblem::kind).distinct().toList();
        assertThat(kinds).contains("dialog", "popup", "too-large");
        assertThat(lastig.visits(Phase.INITIAL).size()).isGreaterThanOrEqualTo(6);
        PageVisit loop = lastig.visits().stream()
                .filter(v -> v.url().endsWith("/omleiding-lus"))
                .findFirst()
                .orElseThrow();
        assertThat(loop.failed()).isTrue();
        PageVisit busy = lastig.visits().stream()
                .filter(v -> v.url().endsWith("/vastloper.html"))
                .findFirst()
                .orElseThrow();
        assertThat(busy.error()).startsWith("unresponsive");
        // the pages after the hostile ones were still visited and the first-party pixel cookie recorded
        assertThat(lastig.cookies(Phase.INITIAL))
                .extracting(ObservedCookie::name)
                .contains("lastig_bezoek");
        assertThat(Duration.between(lastig.scan().startedAt(), lastig.scan().finishedAt()))
                .isLessThan(Duration.ofMinutes(2));
    }

    @Test
    void anUnreachableSiteEndsTheScanWithASentenceInEitherLanguage() {
        ScanRequest request = new ScanRequest(
                new WebUrl(java.net.URI.create("https://www.bestaat-niet-cookiekeur.nl/")),
                1,
                List.of(Phase.INITIAL, Phase.REJECT),
                2,
                Duration.ofMinutes(1),
                false,
                server.hostRules(),
                true,
                FixtureScans.folder());
        assertThatThrownBy(() -> PlaywrightSiteScanner.chromium().scan(request, ScanProgress.silent()))
                .isInstanceOf(ScanFailedException.class)
                .hasMessageContaining("is niet te scannen")
                .hasMessageContaining("niet te vinden")
                .satisfies(e -> assertThat(((ScanFailedException) e).text(Language.ENGLISH))
                        .isEqualTo("The site https://www.bestaat-niet-cookiekeur.nl/ cannot be scanned:"
                                + " its name is not found (DNS)."));
    }
}
