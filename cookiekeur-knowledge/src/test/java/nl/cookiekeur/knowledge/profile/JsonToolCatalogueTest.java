package nl.cookiekeur.knowledge.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.law.AdviceNumber;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.law.QuestionId;
import nl.cookiekeur.law.Verdict;
import nl.cookiekeur.profile.ToolKind;
import nl.cookiekeur.profile.ToolProfile;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonToolCatalogueTest {
    private static final DecisionTree TREE = DecisionTree.load();
    private static final JsonToolCatalogue CATALOGUE = JsonToolCatalogue.load(TREE);

    private static ToolProfile profile(String id) {
        return CATALOGUE.find(id).orElseThrow(() -> new AssertionError("no profile " + id));
    }

    @Test
    void theShippedCatalogueHoldsAtLeastFortyFiveTechnologies() {
        assertThat(CATALOGUE.all()).hasSizeGreaterThanOrEqualTo(45);
        assertThat(CATALOGUE.ids()).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "google-analytics-4",
                "google-analytics-4-privacy",
                "matomo-cookieless",
                "matomo",
                "plausible",
                "hotjar",
                "microsoft-clarity",
                "meta-pixel",
                "linkedin-insight",
                "youtube-embed",
                "youtube-nocookie-embed",
                "leadinfo",
                "leadinfo-server-side",
                "proactive-chat",
                "reactive-chat",
                "shopping-cart",
                "login-session",
                "load-balancer",
                "consent-cookie",
                "server-log-analysis",
                "fingerprinting",
                "lucky-orange",
                "crazy-egg",
                "google-ads",
                "google-tag-manager-with-ads",
                "doubleclick",
                "tiktok-pixel",
                "pinterest-tag",
                "x-twitter-pixel",
                "snapchat-pixel",
                "hubspot",
                "salesforce-pardot",
                "mailchimp",
                "leadfeeder",
                "albacross",
                "vimeo-embed",
                "google-maps-embed",
                "google-fonts-remote",
                "google-fonts-self-hosted",
                "recaptcha",
                "cloudflare-turnstile",
                "csrf-token",
                "language-preference",
                "intercom",
                "zendesk-chat",
                "trengo",
                "tawk-to",
                "optimizely",
                "vwo",
                "fullstory",
                "contentsquare",
                "mixpanel",
                "posthog",
                "segment",
                "adobe-analytics",
                "stripe",
                "paypal"
            })
    void theRequiredTechnologiesAreProfiled(String id) {
        assertThat(CATALOGUE.find(id)).as(id).isPresent();
    }

    @ParameterizedTest
    @CsvSource({
        "shopping-cart, 2",
        "login-session, 3",
        "load-balancer, 4",
        "consent-cookie, 3",
        "reactive-chat, 3",
        "server-log-analysis, 1",
        "leadinfo-server-side, 1",
        "google-analytics-4-privacy, 5",
        "matomo-cookieless, 5",
        "plausible, 5"
    })
    void necessaryAndPrivacyFriendlyToolsNeedNoConsent(String id, int advice) {
        ToolProfile profile = profile(id);

        assertThat(profile.advice().number()).isEqualTo(advice);
        assertThat(profile.consentRequired()).isFalse();
        assertThat(profile.informationDuty()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "microsoft-clarity", "hotjar", "google-analytics-4", "meta-pixel", "linkedin-insight",
                "youtube-embed", "youtube-nocookie-embed", "leadinfo", "proactive-chat", "fingerprinting"
            })
    void trackingRecordingAndLeadToolsRequireConsent(String id) {
        assertThat(profile(id).consentRequired()).as(id).isTrue();
        assertThat(profile(id).informationDuty()).as(id).isTrue();
    }

    @Test
    void clarityIsThirdPartyTrackingWithAVendorSourceAndADpia() {
        ToolProfile clarity = profile("microsoft-clarity");

        assertThat(clarity.advice()).isEqualTo(AdviceNumber.ADVICE_7);
        assertThat(clarity.kind()).isEqualTo(ToolKind.HEATMAP);
        assertThat(clarity.citationIds()).contains("microsoft-clarity-consent-v2", "cjeu-fashion-id");
        assertThat(clarity.obligations()).extracting(o -> o.source()).containsExactly(QuestionId.K3);
        assertThat(clarity.text(Language.ENGLISH).rationale()).contains("ad_Storage");
    }

    @Test
    void namesAndVendorsAreLocalised() {
        assertThat(profile("shopping-cart").name()).isEqualTo("Winkelmandje");
        assertThat(profile("shopping-cart").name(Language.ENGLISH)).isEqualTo("Shopping cart");
        assertThat(profile("login-session").vendor(Language.ENGLISH)).isEqualTo("your own website");
        assertThat(profile("hotjar").name(Language.ENGLISH)).isEqualTo("Hotjar");
    }

    @Test
    void uncertainSourcesAreSaidPlainly() {
        assertThat(profile("google-analytics-4-privacy").text(Language.DUTCH).uncertainties())
                .anySatisfy(text -> assertThat(text).contains("handleiding"));
        assertThat(profile("server-log-analysis").text(Language.ENGLISH).uncertainties())
                .anySatisfy(text -> assertThat(text).contains("ACM"));
    }

    @Test
    void everyStoredExpectedAdviceEqualsTheAdvisorsResult() throws IOException {
        Map<String, Integer> expected = expectedAdvicesInTheFile();
        Advisor advisor = new Advisor(TREE);

        assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(CATALOGUE.ids());
        for (ToolProfile profile : CATALOGUE.all()) {
            Verdict verdict = advisor.advise(profile.answers());
            assertThat(verdict).as(profile.id()).isInstanceOf(Verdict.Concluded.class);
            int computed = ((Verdict.Concluded) verdict).advice().number().number();
            assertThat(computed).as(profile.id()).isEqualTo(expected.get(profile.id()));
            assertThat(profile.advice().number()).as(profile.id()).isEqualTo(computed);
        }
    }

    @Test
    void everyProfileHasBothLanguagesAndAtLeastOneLegalSource() {
        for (ToolProfile profile : CATALOGUE.all()) {
            for (Language language : Language.values()) {
                assertThat(profile.text(language).conditions()).as(profile.id()).hasSizeBetween(1, 4);
            }
            assertThat(profile.citationIds())
                    .as(profile.id())
                    .anyMatch(id -> TREE.citations().find(id).isPresent());
        }
    }

    @Test
    void vendorSourcesAreCitedAndLinked() {
        assertThat(CATALOGUE.vendorSources())
                .extracting(c -> c.id())
                .contains("microsoft-clarity-consent-v2", "youtube-privacy-enhanced-mode");
        assertThat(CATALOGUE.vendorSources())
                .allSatisfy(source -> assertThat(source.link()).isPresent());
    }

    @Test
    void noProfileTextUsesObsoleteAuthoritiesOrStatutes() {
        List<String> obsolete = List.of("WBP", "Wbp", "CBP", "OPTA");
        for (ToolProfile profile : CATALOGUE.all()) {
            for (Language language : Language.values()) {
                String text = String.join(
                        " ",
                        profile.text(language).rationale(),
                        String.join(" ", profile.text(language).conditions()));
                assertThat(obsolete).as(profile.id()).noneMatch(text::contains);
            }
        }
    }

    private static Map<String, Integer> expectedAdvicesInTheFile() throws IOException {
        Map<String, Integer> expected = new HashMap<>();
        try (InputStream in = JsonToolCatalogue.class.getResourceAsStream(JsonToolCatalogue.RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode profile : root.get("profiles")) {
                assertThat(profile.has("expectedAdvice"))
                        .as(profile.get("id").asText())
                        .isTrue();
                expected.put(
                        profile.get("id").asText(),
                        profile.get("expectedAdvice").asInt());
            }
        }
        return expected;
    }
}
