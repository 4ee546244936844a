package nl.cookiekeur.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.evidence.CookieSource;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.classifier.KnowledgeFirstClassifier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Drafting a configuration from a scan's cookies, with the shipped knowledge and classifier. */
class ConfigDrafterTest {
    private static final Instant SEEN = Instant.parse("2026-06-01T09:00:00Z");

    @Test
    void cookiesLandUnderTheirPurposeWithPartyAndLifetime() throws Exception {
        List<ObservedCookie> cookies = new ArrayList<>();
        cookies.add(cookie("_ga", ".winkel.example", Duration.ofDays(400), false));
        cookies.add(cookie("_ga", ".winkel.example", Duration.ofDays(400), false)); // seen again in another phase
        cookies.add(cookie("_fbp", ".winkel.example", Duration.ofDays(90), false));
        cookies.add(cookie("JSESSIONID", "winkel.example", null, true));
        cookies.add(cookie("xq7_zz_unk", "winkel.example", Duration.ofDays(20), true));
        ScanEvidence evidence = new ScanEvidence(
                new ScanInfo(
                        1,
                        "https://winkel.example/",
                        SEEN,
                        SEEN.plusSeconds(60),
                        "test",
                        "Chromium",
                        "ua",
                        "1280x800",
                        List.of(Phase.ACCEPT),
                        1),
                List.of(),
                cookies,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        String json = new ConfigDrafter(KnowledgeFirstClassifier.shipped(KnowledgeBases.load())).draft(evidence);

        SiteConfig parsed = SiteConfig.parse("winkel", json);
        assertThat(parsed.purposes())
                .containsEntry("necessary", true)
                .containsEntry("analytics", false)
                .containsEntry("marketing", false);
        JsonNode config = CanonicalJson.parse(json);
        assertThat(config.get("origins").get(0).asText()).isEqualTo("https://winkel.example");
        JsonNode analytics = purpose(config, "analytics");
        JsonNode ga = analytics.get("vendors").get(0);
        assertThat(ga.get("name").asText()).containsIgnoringCase("google");
        assertThat(ga.get("cookies").toString()).contains("_ga");
        assertThat(ga.get("retention").get("nl").asText()).isEqualTo("1 jaar");
        assertThat(purpose(config, "marketing").toString()).contains("_fbp");
        assertThat(purpose(config, "necessary").toString()).contains("JSESSIONID");
        assertThat(json).contains("xq7_zz_unk");
        assertThat(config.get("httpOnlyCookies").toString()).doesNotContain("JSESSIONID");
    }

    private static JsonNode purpose(JsonNode config, String id) {
        for (JsonNode purpose : config.get("purposes")) {
            if (purpose.get("id").asText().equals(id)) {
                return purpose;
            }
        }
        throw new AssertionError("no purpose " + id + " in " + config);
    }

    private static ObservedCookie cookie(String name, String domain, @Nullable Duration lifetime, boolean httpOnly) {
        return new ObservedCookie(
                Phase.ACCEPT,
                "https://winkel.example/",
                name,
                domain,
                "/",
                "v",
                lifetime == null ? null : SEEN.plus(lifetime),
                name.length() + 1,
                httpOnly,
                !domain.startsWith("."),
                true,
                SameSite.LAX,
                null,
                httpOnly ? CookieSource.HTTP : CookieSource.SCRIPT,
                null,
                SEEN,
                false);
    }
}
