package nl.cookiekeur.cli.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import org.junit.jupiter.api.Test;

class KnowledgeLookupTest {

    private static CliRun run(String... args) {
        return CliRun.of(TestApplication.services(), "", args);
    }

    @Test
    void gaIsGoogleAnalyticsInDutchText() {
        CliRun run = run("knowledge", "lookup", "_ga");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("_ga: Google Analytics (analytisch)")
                .contains("Gevonden op: exacte naam; bewijs: alleen de naam")
                .contains("Bron: open-cookie-database, item ")
                .contains("Domein: eerste partij (de bezochte site zelf)")
                .contains("Bewaartermijn: 2 jaar")
                .contains("Verwerkingsverantwoordelijke: Google");
    }

    @Test
    void gaAsJsonNamesSourceEntryAndCategory() {
        CliRun run = run("knowledge", "lookup", "_ga", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = KnowledgeJson.parse(run.out());
        assertThat(json.get("status").asText()).isEqualTo("identified");
        JsonNode match = json.get("matches").get(0);
        assertThat(match.get("platform").asText()).isEqualTo("Google Analytics");
        assertThat(match.get("category").asText()).isEqualTo("analytics");
        assertThat(match.get("source").asText()).isEqualTo("open-cookie-database");
        assertThat(match.get("entryId").asText()).matches("[0-9a-f-]{36}");
        assertThat(match.get("matchKind").asText()).isEqualTo("exact");
        assertThat(match.get("evidence").asText()).isEqualTo("none");
        assertThat(match.get("retention").asText()).isEqualTo("fixed");
        assertThat(match.get("retentionSeconds").asLong()).isEqualTo(2 * 31_556_952L);
    }

    @Test
    void aPaymentProvidersCookieIsExemptOnlyOnTheCheckoutPageGivenAsSite() {
        CliRun checkout = run(
                "knowledge", "lookup", "__stripe_mid", "--site", "https://www.winkel.nl/afrekenen", "--format", "json");
        CliRun home =
                run("knowledge", "lookup", "__stripe_mid", "--site", "https://www.winkel.nl/", "--format", "json");

        JsonNode atCheckout = KnowledgeJson.parse(checkout.out()).get("verdict");
        assertThat(atCheckout.get("advice").asInt()).isEqualTo(2);
        assertThat(atCheckout.get("consentRequired").asBoolean()).isFalse();
        assertThat(atCheckout.get("reason").asText()).isEqualTo("payment-at-checkout");
        JsonNode elsewhere = KnowledgeJson.parse(home.out()).get("verdict");
        assertThat(elsewhere.get("advice").asInt()).isEqualTo(10);
        assertThat(elsewhere.get("reason").asText()).isEqualTo("payment-before-checkout");
    }

    @Test
    void aCuratedOverrideShowsItsSourceAndTheEntryItReplaces() {
        CliRun run = run("knowledge", "lookup", "_hjSessionUser_3012345", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("_hjSessionUser_3012345: Hotjar (analytics)")
                .contains("Matched on: prefix (wildcard); evidence: the name only")
                .contains("Source: cookiekeur-curated, entry ck-hotjar-session-user")
                .contains("Replaces: d5da1a8e-0ccd-4b3a-a19d-ec38807a5444");
    }

    @Test
    void theDomainDecidesBetweenPlatformsAndNamesTheTracker() {
        CliRun run = run("knowledge", "lookup", "MUID", "--domain", ".clarity.ms", "--format", "json");

        JsonNode json = KnowledgeJson.parse(run.out());
        assertThat(json.get("domain").asText()).isEqualTo(".clarity.ms");
        assertThat(json.get("matches").get(0).get("platform").asText()).isEqualTo("Microsoft Clarity");
        assertThat(json.get("matches").get(0).get("evidence").asText()).isEqualTo("cookie-domain");
        assertThat(json.get("tracker").get("name").asText()).isEqualTo("Microsoft Clarity");
    }

    @Test
    void aNameThatCarriesThePlatformNameSaysSoInBothLanguages() {
        // Every kind of match evidence has a text: this one once ended the lookup with a missing-text error.
        CliRun dutch = run("knowledge", "lookup", "_shopify_country", "--domain", "patagoniaprovisions.com");
        CliRun english =
                run("knowledge", "lookup", "_shopify_country", "--domain", "patagoniaprovisions.com", "--lang", "en");

        assertThat(dutch.exitCode()).isZero();
        assertThat(dutch.err()).isEmpty();
        assertThat(dutch.out()).startsWith("_shopify_country: Shopify").contains("bewijs: de naam noemt het platform");
        assertThat(english.exitCode()).isZero();
        assertThat(english.out()).contains("evidence: the name contains the platform's name");
    }

    @Test
    void anAmbiguousNameListsEveryCandidate() {
        CliRun run = run("knowledge", "lookup", "euconsent-v2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("euconsent-v2: 2 mogelijke herkomsten")
                .contains("Didomi")
                .contains("PrivacyPillar");
    }

    @Test
    void aShortNameWithoutEvidenceIsWithheldWithAHint() {
        CliRun run = run("knowledge", "lookup", "NID", "--format", "json");

        JsonNode json = KnowledgeJson.parse(run.out());
        assertThat(json.get("status").asText()).isEqualTo("unidentified");
        assertThat(json.get("withheld").get(0).get("platform").asText()).isEqualTo("Google");

        CliRun withDomain = run("knowledge", "lookup", "NID", "--domain", "www.google.com");
        assertThat(withDomain.out()).startsWith("NID: Google (marketing)").contains("bewijs: het domein van de cookie");
    }

    @Test
    void anUnknownNameIsReportedAsUnknown() {
        CliRun run = run("knowledge", "lookup", "bakkerij_voorkeur");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("bakkerij_voorkeur: onbekend").contains("staat niet in de kennisbank");
    }

    @Test
    void aBadDomainIsBadInputOnOneLine() {
        CliRun run = run("knowledge", "lookup", "_ga", "--domain", "not a host");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("Fout: 'not a host' is geen domein, host of URL (bij --domain)" + System.lineSeparator());
    }

    @Test
    void aMissingNameIsAUsageError() {
        CliRun run = run("knowledge", "lookup");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("Exception").hasLineCount(1);
    }
}
