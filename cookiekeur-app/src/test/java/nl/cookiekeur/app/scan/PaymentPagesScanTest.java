package nl.cookiekeur.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payment provider (the Stripe.js stand-in on www.theewinkel-oolong.nl) is judged by the page it is seen on,
 * through the real scanner: on the shop's home page its cookies and hosts need consent (advice 10) and are an
 * NL-CK-01 finding of their own; scanned from the checkout page they are exempt (advice 2) and nothing is found.
 */
@FixtureSites
class PaymentPagesScanTest {
    private static final List<String> STRIPE = List.of("__stripe_mid", "__stripe_sid", "js.stripe.com", "m.stripe.com");

    @TempDir
    static Path work;

    private static FixtureServer server;
    private static CliServices services;

    @BeforeAll
    static void start(FixtureServer shared) {
        server = shared;
        services = TestApplication.services();
    }

    @Test
    void stripeOnTheHomePageNeedsConsentAndIsExemptOnTheCheckoutPage() {
        CliScan home = scan("/", work.resolve("home"));
        CliScan checkout = scan("/afrekenen.html", work.resolve("checkout"));

        assertThat(advice(home)).as(home.err()).containsExactlyInAnyOrder(adviced(10));
        JsonNode before = findings(home).getFirst();
        assertThat(before.path("checkId").asText()).isEqualTo("NL-CK-01");
        assertThat(before.path("confidence").asText()).isEqualTo("likely");
        assertThat(before.path("severity").asText()).isEqualTo("middel");
        assertThat(before.path("explanation").path("nl").asText()).contains("betaaldienst");

        assertThat(advice(checkout)).as(checkout.err()).containsExactlyInAnyOrder(adviced(2));
        assertThat(checkout.checkIds()).isEmpty();
    }

    private CliScan scan(String path, Path out) {
        String url = server.url(FixtureSite.THEEWINKEL_OOLONG.host(), path).toString();
        CliScan scan = CliScan.run(
                services,
                out,
                "scan",
                url,
                "--host-rules",
                server.hostRules(),
                "--ignore-https-errors",
                "--pages",
                "1",
                "--out",
                out.toString(),
                "--db",
                "jdbc:h2:file:" + work.resolve("history") + ";MODE=PostgreSQL");
        assertThat(scan.exitCode()).as(scan.err()).isZero();
        return scan;
    }

    private static List<String> advice(CliScan scan) {
        List<String> items = new ArrayList<>();
        scan.report()
                .path("items")
                .forEach(i -> items.add(
                        i.path("name").asText() + " " + i.path("advice").asInt()));
        return items;
    }

    private static String[] adviced(int number) {
        return STRIPE.stream().map(name -> name + " " + number).toArray(String[]::new);
    }

    private static List<JsonNode> findings(CliScan scan) {
        List<JsonNode> findings = new ArrayList<>();
        scan.report().path("findings").forEach(f -> {
            if (f.path("checkId").asText().equals("NL-CK-01")) {
                findings.add(f);
            }
        });
        assertThat(findings).hasSize(1);
        return findings;
    }
}
