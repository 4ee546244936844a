package nl.cookiekeur.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.law.QuestionId;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CookieAdvisorTest {
    private static final CookieAdvisor ADVISOR = new CookieAdvisor(new Advisor(DecisionTree.load()));
    private static final long DAY = 24 * 3600;

    @Test
    void loadBalancerCookieIsExemptAsCommunicationOnly() {
        CookieAdvice advice = advise("AWSALB", Category.NECESSARY, false, 7 * DAY, SameSite.LAX);
        assertThat(advice.number()).isEqualTo(4);
        assertThat(advice.consentRequired()).isFalse();
        assertThat(advice.reason()).isEqualTo(AdviceReason.COMMUNICATION_ONLY);
        assertThat(advice.answers().isYes(QuestionId.V2)).isTrue();
    }

    @Test
    void cartCookieIsExemptAsRequestedTransaction() {
        CookieAdvice advice = advise("woocommerce_cart_hash", Category.NECESSARY, false, null, SameSite.LAX);
        assertThat(advice.number()).isEqualTo(2);
        assertThat(advice.consentRequired()).isFalse();
        assertThat(advice.reason()).isEqualTo(AdviceReason.REQUESTED_TRANSACTION);
    }

    @Test
    void otherNecessaryCookieIsExemptAsRequestedFunctionality() {
        CookieAdvice advice = advise("XSRF-TOKEN", Category.NECESSARY, false, null, SameSite.STRICT);
        assertThat(advice.number()).isEqualTo(3);
        assertThat(advice.reason()).isEqualTo(AdviceReason.REQUESTED_FUNCTIONALITY);
    }

    @Test
    void preferenceCookieIsExemptAsRequestedPreference() {
        CookieAdvice advice = advise("site_language", Category.PREFERENCES, false, 365 * DAY, SameSite.LAX);
        assertThat(advice.number()).isEqualTo(3);
        assertThat(advice.consentRequired()).isFalse();
        assertThat(advice.reason()).isEqualTo(AdviceReason.REQUESTED_PREFERENCE);
    }

    @Test
    void firstPartyShortLivedAnalyticsCanUseTheMinorImpactExemption() {
        CookieAdvice advice = advise("_pk_id", Category.ANALYTICS, false, 390 * DAY, SameSite.LAX);
        assertThat(advice.number()).isEqualTo(5);
        assertThat(advice.consentRequired()).isFalse();
        assertThat(advice.reason()).isEqualTo(AdviceReason.FIRST_PARTY_ANALYTICS);
    }

    @Test
    void analyticsLongerThanThirteenMonthsNeedsConsent() {
        CookieAdvice advice = advise("_pk_id", Category.ANALYTICS, false, 800 * DAY, SameSite.LAX);
        assertThat(advice.number()).isEqualTo(10);
        assertThat(advice.consentRequired()).isTrue();
        assertThat(advice.reason()).isEqualTo(AdviceReason.LONG_LIVED_ANALYTICS);
    }

    @Test
    void firstPartyProductAnalyticsThatFollowsUsersIsNeverExempt() {
        // PostHog's own-domain cookie: first party, Lax, one year; all the observable conditions of the exemption
        // hold, yet it is a per-user id of a product-analytics vendor (tool profiles: advice 10)
        Cookie cookie = cookie("ph_phc_x_posthog", false, 365 * DAY, SameSite.LAX);
        for (String vendor : new String[] {"PostHog", "Mixpanel", "Amplitude", "Heap"}) {
            CookieAdvice advice =
                    ADVISOR.advise(cookie, new Classification(Category.ANALYTICS, 1, vendor, "test-" + vendor, false));
            assertThat(advice.number()).as(vendor).isEqualTo(10);
            assertThat(advice.consentRequired()).as(vendor).isTrue();
            assertThat(advice.reason()).as(vendor).isEqualTo(AdviceReason.USER_LEVEL_ANALYTICS);
        }
        CookieAdvice matomo =
                ADVISOR.advise(cookie, new Classification(Category.ANALYTICS, 1, "Matomo", "test-matomo", false));
        assertThat(matomo.reason()).isEqualTo(AdviceReason.FIRST_PARTY_ANALYTICS);
        assertThat(UserLevelAnalytics.covers("Cheapskate Stats")).isFalse();
    }

    @Test
    void thirdPartyAnalyticsNeedsConsent() {
        CookieAdvice advice = advise("_ga", Category.ANALYTICS, true, 390 * DAY, SameSite.NONE);
        assertThat(advice.consentRequired()).isTrue();
        assertThat(advice.reason()).isEqualTo(AdviceReason.THIRD_PARTY_ANALYTICS);
    }

    @Test
    void crossSiteFirstPartyAnalyticsNeedsConsent() {
        CookieAdvice advice = advise("stats_id", Category.ANALYTICS, false, 30 * DAY, SameSite.NONE);
        assertThat(advice.consentRequired()).isTrue();
        assertThat(advice.reason()).isEqualTo(AdviceReason.CROSS_SITE_ANALYTICS);
    }

    @Test
    void thirdPartyMarketingIsThirdPartyTracking() {
        CookieAdvice advice = advise("IDE", Category.MARKETING, true, 390 * DAY, SameSite.NONE);
        assertThat(advice.number()).isEqualTo(7);
        assertThat(advice.consentRequired()).isTrue();
        assertThat(advice.reason()).isEqualTo(AdviceReason.THIRD_PARTY_TRACKING);
    }

    @Test
    void knownVendorMarketingOnTheSitesOwnDomainIsThirdPartyTracking() {
        Cookie cookie = cookie("_fbp", false, 90 * DAY, SameSite.LAX);
        CookieAdvice advice =
                ADVISOR.advise(cookie, new Classification(Category.MARKETING, 1.0, "Facebook", "ocd-entry-fbp", false));
        assertThat(advice.number()).isEqualTo(7);
        assertThat(advice.consentRequired()).isTrue();
        assertThat(advice.reason()).isEqualTo(AdviceReason.VENDOR_TRACKING);
    }

    @Test
    void marketingAutomationProfilesForTheOwnerWhereverItsCookieOrHostLives() {
        // HubSpot's own-domain hubspotutk, Pardot's cookie on pardot.com and Segment's analytics host: the owner's
        // profiling through a processor (tool profiles: advice 8), not an ad network's cross-site tracking (7)
        Cookie own = cookie("hubspotutk", false, 180 * DAY, SameSite.LAX);
        Cookie vendors = cookie("visitor_id123", true, 3650 * DAY, SameSite.NONE);
        CookieAdvice hubspot =
                ADVISOR.advise(own, new Classification(Category.MARKETING, 1, "Hubspot", "ocd-hubspotutk", false));
        CookieAdvice pardot =
                ADVISOR.advise(vendors, new Classification(Category.MARKETING, 1, "Pardot", "tracker:pardot", true));
        CookieAdvice segment =
                ADVISOR.advise(vendors, new Classification(Category.ANALYTICS, 1, "Segment", "tracker:segment", true));

        assertConsent(List.of(hubspot, pardot, segment), 8, AdviceReason.MARKETING_AUTOMATION);
        assertThat(ADVISOR.advise(own, new Classification(Category.NECESSARY, 1, "Hubspot", "ocd", false))
                        .consentRequired())
                .isFalse();
        assertThat(MarketingAutomation.covers("MailChimp Tracking")).isTrue();
        assertThat(MarketingAutomation.covers("Segmentify")).isFalse();
    }

    @Test
    void aChatWidgetsStorageBeforeAnyConversationNeedsConsent() {
        // tawk.to's and Zendesk's visitor ids, called functional or necessary by a data source (tool profiles: 10)
        Cookie tawk = cookie("__tawkuuid", false, 180 * DAY, SameSite.LAX);
        Cookie zendesk = cookie("__zlcmid", false, 365 * DAY, SameSite.LAX);
        assertConsent(
                List.of(
                        ADVISOR.advise(tawk, new Classification(Category.PREFERENCES, 1, "Tawk.to Chat", "ocd", false)),
                        ADVISOR.advise(zendesk, new Classification(Category.NECESSARY, 1, "Zendesk", "ocd", false)),
                        ADVISOR.advise(tawk, new Classification(Category.UNKNOWN, 1, "Tawk.to Chat", "ocd", false))),
                10,
                AdviceReason.CHAT_WIDGET);
        // the vendor's own login session (a help centre) keeps its exemption; other vendors are not touched
        Cookie helpCentre = cookie("_zendesk_session", false, null, SameSite.LAX);
        assertThat(ADVISOR.advise(helpCentre, new Classification(Category.NECESSARY, 1, "Zendesk", "ocd", false))
                        .consentRequired())
                .isFalse();
        assertThat(ChatWidgets.holds("wp_lang", "WordPress")).isFalse();
    }

    @Test
    void leadGenerationIdentifiesCompaniesForSalesNotTrackingAcrossSites() {
        // Leadinfo's visitor id set by its script, and Leadfeeder's and Albacross's hosts (tool profiles: 10)
        Cookie leadinfo = cookie("_li_id", false, 730 * DAY, SameSite.LAX);
        Cookie host = cookie("albacross", true, null, SameSite.UNSPECIFIED);
        assertConsent(
                List.of(
                        ADVISOR.advise(leadinfo, new Classification(Category.MARKETING, 1, "Leadinfo", "ocd", false)),
                        ADVISOR.advise(host, new Classification(Category.MARKETING, 1, "Albacross", "tracker", true)),
                        ADVISOR.advise(host, new Classification(Category.UNKNOWN, 0, "Leadfeeder", "tracker", true))),
                10,
                AdviceReason.LEAD_GENERATION);
        // an advertising network's cookie set the same way stays third-party tracking
        assertThat(ADVISOR.advise(leadinfo, new Classification(Category.MARKETING, 1, "Meta Pixel", "ocd", false))
                        .number())
                .isEqualTo(7);
        // the vendor's own necessary cookie (a login to its dashboard) keeps its judgement
        assertThat(ADVISOR.advise(
                                cookie("leadinfo_session", false, null, SameSite.LAX),
                                new Classification(Category.NECESSARY, 1, "Leadinfo", "ocd", false))
                        .consentRequired())
                .isFalse();
    }

    @Test
    void aPaymentProviderIsExemptWhereTheCustomerPaysAndNeedsConsentOnEveryOtherPage() {
        // Stripe.js's fraud cookie, as the Open Cookie Database places it (tool profile: 2 at checkout)
        Classification stripe = new Classification(Category.NECESSARY, 1, "Stripe", "ocd", false);
        Cookie home = cookie("__stripe_mid", false, 365 * DAY, SameSite.LAX);
        CookieAdvice onHome = ADVISOR.advise(home, stripe);
        assertThat(onHome.number()).isEqualTo(10);
        assertThat(onHome.consentRequired()).isTrue();
        assertThat(onHome.reason()).isEqualTo(AdviceReason.PAYMENT_BEFORE_CHECKOUT);
        for (String page : List.of("/afrekenen", "/checkout/stap-2", "/bestelling/betalen", "/kassa.html")) {
            Cookie atCheckout = withPage(home, "https://www.winkel.nl" + page);
            CookieAdvice advice = ADVISOR.advise(atCheckout, stripe);
            assertThat(advice.number()).as(page).isEqualTo(2);
            assertThat(advice.consentRequired()).isFalse();
            assertThat(advice.reason()).isEqualTo(AdviceReason.PAYMENT_AT_CHECKOUT);
        }
        // a cart or a product page about payment methods is not where the customer pays
        for (String page :
                List.of("/winkelwagen", "/betaalmethoden-uitleg", "/paypalshop", "/betaling-info", "/pay-later")) {
            assertThat(ADVISOR.advise(withPage(home, "https://www.winkel.nl" + page), stripe)
                            .number())
                    .as(page)
                    .isEqualTo(10);
        }
        // the provider's hosts, and its marketing, which keeps its own judgement
        assertThat(ADVISOR.advisePaymentProvider(true).number()).isEqualTo(2);
        assertThat(ADVISOR.advisePaymentProvider(false).number()).isEqualTo(10);
        assertThat(ADVISOR.advise(
                                withPage(home, "https://www.winkel.nl/afrekenen"),
                                new Classification(Category.MARKETING, 1, "PayPal", "ocd", true))
                        .number())
                .isEqualTo(7);
        assertThat(PaymentProviders.ofHost("m.stripe.com")).isEqualTo("Stripe");
        assertThat(PaymentProviders.ofHost("www.paypalobjects.com")).isEqualTo("PayPal");
        assertThat(PaymentProviders.ofHost("notstripe.com")).isNull();
    }

    @Test
    void recaptchaNeedsConsentAsABotCheckThatAlsoServesGoogle() {
        // the vendor rule makes _GRECAPTCHA on google.com marketing; it still is a bot check, not cross-site tracking
        Cookie grecaptcha = new Cookie(
                "_GRECAPTCHA",
                "www.google.com",
                "/recaptcha",
                "09AEe6kq",
                180 * DAY,
                false,
                true,
                true,
                true,
                SameSite.NONE,
                URI.create("https://www.winkel.nl/contact"),
                null);
        CookieAdvice advice =
                ADVISOR.advise(grecaptcha, new Classification(Category.MARKETING, 1, "Google", "tracker:google", true));
        assertThat(advice.number()).isEqualTo(10);
        assertThat(advice.consentRequired()).isTrue();
        assertThat(advice.reason()).isEqualTo(AdviceReason.ADVERTISING_COMPANY_BOT_CHECK);
        assertThat(ADVISOR.adviseAdvertisingCompanyBotCheck().number()).isEqualTo(10);
        // its storage keys on Google's origin, and its hosts
        assertThat(AdvertisingCompanyBotChecks.holds("rc::c", "https://www.google.com"))
                .isTrue();
        assertThat(AdvertisingCompanyBotChecks.holds("_GRECAPTCHA", ".recaptcha.net"))
                .isTrue();
        assertThat(AdvertisingCompanyBotChecks.serves("https://www.gstatic.com/recaptcha/releases/x/recaptcha__nl.js"))
                .isTrue();
        assertThat(AdvertisingCompanyBotChecks.serves("https://www.google.com/recaptcha/api2/anchor?k=1"))
                .isTrue();
        // the same name elsewhere, or another path on Google's hosts, is not the bot check
        assertThat(AdvertisingCompanyBotChecks.holds("_GRECAPTCHA", "www.winkel.nl"))
                .isFalse();
        assertThat(AdvertisingCompanyBotChecks.serves("https://www.google.com/maps/embed?pb=1"))
                .isFalse();
        assertThat(AdvertisingCompanyBotChecks.serves("https://evil.example/recaptcha/api.js"))
                .isFalse();
        assertThat(AdvertisingCompanyBotChecks.serves("not a url")).isFalse();
    }

    @Test
    void aMarketingPopUpsDisplayCounterNeedsConsentWithoutPersonalData() {
        Classification popup = new Classification(Category.MARKETING, 0.9, null, Classification.PREDICTED, false);
        CookieAdvice advice = ADVISOR.advise(cookie("popup_shown", false, 30 * DAY, SameSite.LAX), popup);
        assertThat(advice.number()).isEqualTo(9);
        assertThat(advice.consentRequired()).isTrue();
        assertThat(advice.reason()).isEqualTo(AdviceReason.MARKETING_POPUP_DISPLAY);
        // with a visitor id in it, personal data are processed: first-party tracking
        Cookie withId = new Cookie(
                "newsletter_popup_seen",
                "www.winkel.nl",
                "/",
                "7c199515-2d91-4ebd-9331-aa01",
                30 * DAY,
                false,
                false,
                true,
                true,
                SameSite.LAX,
                URI.create("https://www.winkel.nl/"),
                null);
        assertThat(ADVISOR.advise(withId, popup).reason()).isEqualTo(AdviceReason.FIRST_PARTY_TRACKING);
        for (String name : List.of(
                "popup_shown",
                "newsletterPopupSeen",
                "exit-intent-shown",
                "omSeen-abc123",
                "promo_popup_count",
                "pop-up-displayed")) {
            assertThat(MarketingPopupCookies.holds(name)).as(name).isTrue();
        }
        for (String name : List.of("popup_closed", "newsletter", "cookie_notice_seen", "_hjFirstSeen", "om_id")) {
            assertThat(MarketingPopupCookies.holds(name)).as(name).isFalse();
        }
    }

    private static Cookie withPage(Cookie cookie, String page) {
        return new Cookie(
                cookie.name(),
                cookie.domain(),
                cookie.path(),
                cookie.value(),
                cookie.expiresInSeconds(),
                cookie.session(),
                cookie.httpOnly(),
                cookie.hostOnly(),
                cookie.secure(),
                cookie.sameSite(),
                URI.create(page),
                cookie.setterScript());
    }

    @Test
    void clarityIsTrackedByAVendorThatUsesTheDataForItsOwnAdvertising() {
        // Clarity's first-party ids set by its script and its collection host (tool profile: 7)
        Cookie clck = cookie("_clck", false, 365 * DAY, SameSite.LAX);
        Cookie host = cookie("microsoft_clarity", true, null, SameSite.UNSPECIFIED);
        assertConsent(
                List.of(
                        ADVISOR.advise(
                                clck, new Classification(Category.ANALYTICS, 1, "Microsoft Clarity", "ocd", false)),
                        ADVISOR.advise(
                                host, new Classification(Category.ANALYTICS, 1, "Microsoft Clarity", "tracker", true)),
                        ADVISOR.advise(
                                clck,
                                new Classification(Category.ANALYTICS, 1, "Microsoft Clarity", "ocd", false),
                                true)),
                7,
                AdviceReason.VENDOR_OWN_ADVERTISING);
        // another analytics vendor on a scanned site without site facts stays analytics needing consent (10)
        assertThat(ADVISOR.advise(clck, new Classification(Category.ANALYTICS, 1, "Hotjar", "ocd", false), false)
                        .number())
                .isEqualTo(10);
    }

    @Test
    void firstPartyMarketingPresumesPersonalData() {
        CookieAdvice advice = advise("shop_retarget_id", Category.MARKETING, false, 90 * DAY, SameSite.LAX);
        assertThat(advice.number()).isEqualTo(8);
        assertThat(advice.consentRequired()).isTrue();
        assertThat(advice.reason()).isEqualTo(AdviceReason.FIRST_PARTY_TRACKING);
    }

    @Test
    void unknownCookieNeedsReviewAndConsent() {
        CookieAdvice advice = advise("xyz", Category.UNKNOWN, false, 30 * DAY, SameSite.LAX);
        assertThat(advice.consentRequired()).isTrue();
        assertThat(advice.reason()).isEqualTo(AdviceReason.NEEDS_REVIEW);
    }

    @Test
    void everyReasonHasADutchAndAnEnglishText() {
        for (AdviceReason reason : AdviceReason.values()) {
            assertThat(reason.text(Language.DUTCH)).isNotBlank();
            assertThat(reason.text(Language.ENGLISH)).isNotBlank().isNotEqualTo(reason.text(Language.DUTCH));
        }
    }

    @Test
    void purposeHintsUseWholePartsForShortMarkers() {
        assertThat(PurposeHint.of("lb_route")).isEqualTo(PurposeHint.COMMUNICATION);
        assertThat(PurposeHint.of("wp_lang")).isEqualTo(PurposeHint.REQUESTED_FUNCTIONALITY);
        assertThat(PurposeHint.of("shopping-basket")).isEqualTo(PurposeHint.TRANSACTION);
    }

    @Test
    void classificationRejectsConfidenceOutsideZeroToOne() {
        assertThatThrownBy(() -> new Classification(Category.ANALYTICS, 1.5, null, "classifier", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence");
    }

    private static CookieAdvice advise(
            String name, Category category, boolean thirdParty, @Nullable Long expires, SameSite sameSite) {
        Cookie cookie = cookie(name, thirdParty, expires, sameSite);
        return ADVISOR.advise(cookie, new Classification(category, 0.9, null, Classification.PREDICTED, thirdParty));
    }

    private static void assertConsent(List<CookieAdvice> advices, int number, AdviceReason reason) {
        assertThat(advices).allSatisfy(advice -> {
            assertThat(advice.number()).isEqualTo(number);
            assertThat(advice.consentRequired()).isTrue();
            assertThat(advice.reason()).isEqualTo(reason);
        });
    }

    private static Cookie cookie(String name, boolean thirdParty, @Nullable Long expires, SameSite sameSite) {
        return new Cookie(
                name,
                thirdParty ? ".tracker.example" : "www.winkel.nl",
                "/",
                "",
                expires,
                expires == null,
                false,
                !thirdParty,
                true,
                sameSite,
                URI.create("https://www.winkel.nl/"),
                null);
    }
}
