package nl.cookiekeur.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan and the advisor give one answer per tool: a scan of GA4 on its default settings advises its items as
 * {@code cookiekeur advies --tool google-analytics-4} does, and a tag manager that loads GA4 is judged as GA4. A
 * payment provider (the Stripe.js stand-in on www.theewinkel-oolong.nl) is judged by the page it is seen on: on the
 * checkout page as {@code cookiekeur advies --tool stripe} says (advice 2), on the home page as needing consent.
 */
@FixtureSites
class ToolAdviceOnFixturesTest {

    @TempDir
    static Path work;

    private static FixtureServer server;
    private static CliServices services;

    @BeforeAll
    static void start(FixtureServer shared) {
        server = shared;
        services = TestApplication.services();
    }

    private static List<JsonNode> items(FixtureSite site) {
        return items(scan(server.url(site).toString(), 2, work.resolve(site.name())));
    }

    private static CliScan scan(String url, int pages, Path out) {
        CliScan scan = CliScan.run(
                services,
                out,
                "scan",
                url,
                "--host-rules",
                server.hostRules(),
                "--ignore-https-errors",
                "--pages",
                Integer.toString(pages),
                "--out",
                out.toString(),
                "--db",
                "jdbc:h2:file:" + work.resolve("history") + ";MODE=PostgreSQL");
        assertThat(scan.exitCode()).as(scan.err()).isZero();
        return scan;
    }

    private static List<JsonNode> items(CliScan scan) {
        List<JsonNode> items = new ArrayList<>();
        scan.report().path("items").forEach(items::add);
        return items;
    }

    private static JsonNode item(List<JsonNode> items, String name) {
        return items.stream()
                .filter(i -> i.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item " + name + " in " + items));
    }

    @Test
    void ga4OnDefaultSettingsGetsTheAdviceOfItsToolProfile() throws Exception {
        CliRun advice = CliRun.of(services, "", "advies", "--tool", "google-analytics-4", "--format", "json");
        JsonNode profile = new ObjectMapper().readTree(advice.out());
        assertThat(profile.path("advice").asInt()).isEqualTo(10);
        assertThat(profile.path("consentRequired").asBoolean()).isTrue();

        List<JsonNode> items = items(FixtureSite.FOTOSTUDIO_LICHTPUNT);

        for (String name : List.of("_ga", "_ga_LICHT001", "region1.google-analytics.com", "www.googletagmanager.com")) {
            JsonNode item = item(items, name);
            assertThat(item.path("advice").asInt())
                    .as(name)
                    .isEqualTo(profile.path("advice").asInt());
            assertThat(item.path("consentRequired").asBoolean()).as(name).isTrue();
        }
        assertThat(item(items, "_ga").toString()).contains("gevraagd: 2 jaar; Chromium begrenst tot 400 dagen");
    }

    @Test
    void aTagManagerThatLoadsAnalyticsIsJudgedByWhatItLoads() {
        List<JsonNode> items = items(FixtureSite.RIJSCHOOL_STUURVAST);

        JsonNode tagManager = item(items, "www.googletagmanager.com");
        assertThat(tagManager.path("category").asText()).isEqualTo("analytics");
        assertThat(tagManager.path("advice").asInt()).isEqualTo(10);
        assertThat(tagManager.path("consentRequired").asBoolean()).isTrue();
        assertThat(tagManager.toString()).contains("beoordeeld naar wat hij laadt");
    }

    @Test
    void aPaymentProviderIsExemptOnTheCheckoutPageAsItsProfileSaysAndNeedsConsentOnTheHomePage() throws Exception {
        CliRun advice = CliRun.of(services, "", "advies", "--tool", "stripe", "--format", "json");
        int profile = new ObjectMapper().readTree(advice.out()).path("advice").asInt();
        String host = FixtureSite.THEEWINKEL_OOLONG.host();
        List<String> stripe = List.of("__stripe_mid", "__stripe_sid", "js.stripe.com", "m.stripe.com");

        CliScan checkout = scan(server.url(host, "/afrekenen.html").toString(), 1, work.resolve("checkout"));
        CliScan home = scan(server.url(host, "/").toString(), 1, work.resolve("home"));

        List<JsonNode> atCheckout = items(checkout);
        List<JsonNode> onHome = items(home);
        assertThat(atCheckout).hasSize(stripe.size());
        assertThat(onHome).hasSize(stripe.size());
        for (String name : stripe) {
            assertThat(item(atCheckout, name).path("advice").asInt()).as(name).isEqualTo(profile);
            assertThat(item(onHome, name).path("advice").asInt()).as(name).isEqualTo(10);
        }
        assertThat(checkout.checkIds()).isEmpty();
        for (String check : List.of("NL-CK-01", "NL-CK-02")) {
            JsonNode before = finding(home, check);
            assertThat(before.path("confidence").asText()).as(check).isEqualTo("likely");
            assertThat(before.path("severity").asText()).as(check).isEqualTo("middel");
            assertThat(before.path("explanation").path("nl").asText()).as(check).contains("betaaldienst");
        }
    }

    @Test
    void aNewsletterPopUpsDisplayCookieGetsTheAdviceOfItsProfile() throws Exception {
        CliRun advice = CliRun.of(services, "", "advies", "--tool", "popup-frequency-cookie", "--format", "json");
        int profile = new ObjectMapper().readTree(advice.out()).path("advice").asInt();
        String host = FixtureSite.THEEWINKEL_OOLONG.host();

        CliScan landing = scan(server.url(host, "/aanbieding.html").toString(), 1, work.resolve("aanbieding"));

        JsonNode popup = item(items(landing), "popup_shown");
        assertThat(profile).isEqualTo(9);
        assertThat(popup.path("advice").asInt()).isEqualTo(profile);
        assertThat(popup.path("consentRequired").asBoolean()).isTrue();
        assertThat(popup.path("category").asText()).isEqualTo("marketing");
        assertThat(landing.checkIds()).contains("NL-CK-01");
        JsonNode before = finding(landing, "NL-CK-01");
        assertThat(before.path("confidence").asText()).isEqualTo("certain");
        assertThat(before.path("severity").asText()).isEqualTo("laag");
        assertThat(before.path("explanation").path("nl").asText())
                .contains("pop-up")
                .contains("popup_shown");
    }

    private static JsonNode finding(CliScan scan, String checkId) {
        return StreamSupport.stream(scan.report().path("findings").spliterator(), false)
                .filter(f -> f.path("checkId").asText().equals(checkId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + checkId + " finding"));
    }
}
