package nl.cookiekeur.knowledge.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.classification.TrackerKind;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.cookie.SameSite;
import org.junit.jupiter.api.Test;

class CookieFeaturesTest {

    @Test
    void namesSplitOnCamelCaseSnakeCaseAndDashesWithoutInstanceIds() {
        assertThat(NameTokens.of("_hjSessionUser_1234567")).containsExactly("hj", "session", "user");
        assertThat(NameTokens.of("XSRF-TOKEN")).containsExactly("xsrf", "token");
        assertThat(NameTokens.of("wordpress_logged_in_9f3c2a1b7e")).containsExactly("wordpress", "logged", "in");
        assertThat(NameTokens.of("cookielawinfo-checkbox-analytics"))
                .containsExactly("cookielawinfo", "checkbox", "analytics");
    }

    @Test
    void nameShapesRecogniseInstanceSuffixes() {
        assertThat(NameShape.of("_hjSession_9f3c2a1b")).contains("hex-suffix", "underscore");
        assertThat(NameShape.of("ab_123e4567-e89b-12d3-a456-426614174000")).contains("uuid-in-name");
        assertThat(NameShape.of("visitor12345")).contains("digit-suffix");
        assertThat(NameShape.of("SID")).contains("upper-case", "length-short");
    }

    @Test
    void shortMorphemesCountOnlyAsWholeTokens() {
        assertThat(Morphemes.in("_ga", NameTokens.of("_ga"))).contains("ga");
        assertThat(Morphemes.in("language", NameTokens.of("language")))
                .contains("lang")
                .doesNotContain("ga");
        assertThat(Morphemes.in("csrftoken", NameTokens.of("csrftoken"))).contains("csrf", "token");
    }

    @Test
    void valueShapesRecogniseWellKnownFormats() {
        assertThat(ValueShape.of("GA1.1.123456789.1763800000")).isEqualTo(ValueShape.GOOGLE_CLIENT_ID);
        assertThat(ValueShape.of("fb.1.1763800000000.123456789")).isEqualTo(ValueShape.FACEBOOK_BROWSER_ID);
        assertThat(ValueShape.of("123e4567-e89b-12d3-a456-426614174000")).isEqualTo(ValueShape.UUID);
        assertThat(ValueShape.of("9f3c2a1b7e4d5c6b")).isEqualTo(ValueShape.HEX);
        assertThat(ValueShape.of("true")).isEqualTo(ValueShape.FLAG);
        assertThat(ValueShape.of("1763800000")).isEqualTo(ValueShape.TIMESTAMP);
        assertThat(ValueShape.of("nl-NL")).isEqualTo(ValueShape.LOCALE);
        assertThat(ValueShape.of("")).isEqualTo(ValueShape.EMPTY);
    }

    @Test
    void entropyIsZeroForRepeatsAndOneBitForTwoEqualSymbols() {
        assertThat(ValueShape.entropy("aaaa")).isZero();
        assertThat(ValueShape.entropy("abab")).isEqualTo(1.0);
        assertThat(ValueShape.entropy("")).isZero();
    }

    @Test
    void lifetimesFallInBucketsWithThirteenMonthsAsBoundary() {
        assertThat(Lifetime.of(null)).isEqualTo(Lifetime.SESSION);
        assertThat(Lifetime.of(600L)).isEqualTo(Lifetime.UNDER_AN_HOUR);
        assertThat(Lifetime.of(Lifetime.THIRTEEN_MONTHS_SECONDS)).isEqualTo(Lifetime.UP_TO_THIRTEEN_MONTHS);
        assertThat(Lifetime.of(Lifetime.THIRTEEN_MONTHS_SECONDS + 1)).isEqualTo(Lifetime.LONGER);
    }

    @Test
    void thirdPartyCookieOnKnownTrackerDomainCarriesPartyFlagsAndTrackerKind() {
        Tracker doubleclick = new Tracker(
                "doubleclick.net", "doubleclick", "DoubleClick", TrackerKind.ADVERTISING, "Google", "US", "test");
        CookieContexts contexts = new CookieContexts(
                host -> host.endsWith("doubleclick.net") ? Optional.of(doubleclick) : Optional.empty());
        Cookie cookie = new Cookie(
                "IDE",
                ".doubleclick.net",
                "/",
                "AHWqTUm",
                50_000_000L,
                false,
                true,
                false,
                true,
                SameSite.NONE,
                URI.create("https://www.bakkerij-jansen.nl/"),
                null);

        CookieContext context = contexts.of(cookie);

        assertThat(context.thirdParty()).isTrue();
        assertThat(CookieFeatures.of(context))
                .contains(
                        "party:third",
                        "tracker:ADVERTISING",
                        "http-only:true",
                        "same-site:NONE",
                        "life:LONGER",
                        "token:ide");
    }

    @Test
    void cookieOnTheSitesOwnRegistrableDomainIsFirstParty() {
        CookieContexts contexts = new CookieContexts(host -> Optional.empty());
        Cookie cookie = Cookie.of("_pk_id", URI.create("https://shop.bakkerij-jansen.co.uk/"))
                .withDomain(".bakkerij-jansen.co.uk");

        assertThat(contexts.of(cookie).thirdParty()).isFalse();
        assertThat(CookieFeatures.of(contexts.of(cookie))).contains("party:first", "tracker:none", "life:SESSION");
    }

    @Test
    void differentSpellingsOfASessionCookieShareTheSessionConceptFeature() {
        CookieContexts contexts = new CookieContexts(host -> Optional.empty());
        URI site = URI.create("https://www.bakkerij-jansen.nl/");

        assertThat(CookieFeatures.of(contexts.of(Cookie.of("PHPSESSID", site)))).contains("concept:session");
        assertThat(CookieFeatures.of(contexts.of(Cookie.of("shop_sid", site)))).contains("concept:session");
        assertThat(CookieFeatures.of(contexts.of(Cookie.of("_fbp", site))))
                .contains("concept:advertising")
                .doesNotContain("concept:session");
    }
}
