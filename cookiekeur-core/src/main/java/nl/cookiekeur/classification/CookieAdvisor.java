package nl.cookiekeur.classification;

import static nl.cookiekeur.law.QuestionId.V1;
import static nl.cookiekeur.law.QuestionId.V2;
import static nl.cookiekeur.law.QuestionId.V3;
import static nl.cookiekeur.law.QuestionId.V4;
import static nl.cookiekeur.law.QuestionId.V5;
import static nl.cookiekeur.law.QuestionId.V6;
import static nl.cookiekeur.law.QuestionId.V7;
import static nl.cookiekeur.law.QuestionId.V8;
import static nl.cookiekeur.law.QuestionId.V9;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.cookie.IdentifierValue;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.Answers;
import nl.cookiekeur.law.QuestionId;
import nl.cookiekeur.law.Verdict;

/**
 * Turns a classified cookie into answers to the beslisboom and lets the {@link Advisor} give the advice; the
 * answers lean towards consent wherever the classification cannot show an exemption.
 */
public final class CookieAdvisor {
    /** Thirteen months, the longest lifetime the AP and CNIL accept for exempt analytics. */
    static final long THIRTEEN_MONTHS_SECONDS = 13L * 31 * 24 * 3600;

    private final Advisor advisor;

    public CookieAdvisor(Advisor advisor) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
    }

    /**
     * The advice for a cookie with the given classification, judged on what can be seen: exempt-looking analytics
     * (first party, not cross-site, at most 13 months) is treated as exempt, as when its settings are declared.
     */
    public CookieAdvice advise(Cookie cookie, Classification classification) {
        return advise(cookie, classification, true);
    }

    /**
     * The advice for a cookie of a scanned site. The analytics exemption also depends on settings a scan cannot
     * see (IP masking, no data sharing, a processor agreement, no user ids); exempt-looking analytics keeps the
     * exemption only when {@code analyticsSettingsDeclared} (the owner declared them in the site facts), and
     * otherwise needs consent ({@link AdviceReason#UNDECLARED_ANALYTICS}, advice 10).
     */
    public CookieAdvice advise(Cookie cookie, Classification classification, boolean analyticsSettingsDeclared) {
        Draft answers = new Draft();
        AdviceReason reason = answer(cookie, classification, answers);
        if (reason == AdviceReason.FIRST_PARTY_ANALYTICS && !analyticsSettingsDeclared) {
            answers.put(V5, false).put(V6, false).put(V9, true);
            reason = AdviceReason.UNDECLARED_ANALYTICS;
        }
        return conclude(answers, reason);
    }

    /**
     * The advice for a request to a public service of a company whose business is advertising (such as Google
     * Fonts; {@link AdvertisingCompanies}): not strictly necessary, since the company receives the visitor's
     * request for its own purposes and the same file can come from the site's own server, and not shown to follow
     * visitors over other sites: advice 10.
     */
    public CookieAdvice adviseAdvertisingCompanyService() {
        Draft answers = new Draft();
        answers.put(V1, true);
        notExempt(answers).put(V6, false).put(V9, true);
        return conclude(answers, AdviceReason.ADVERTISING_COMPANY_SERVICE);
    }

    /**
     * The advice for a request to a bot check of a company whose business is advertising (Google reCAPTCHA;
     * {@link AdvertisingCompanyBotChecks}): advice 10.
     */
    public CookieAdvice adviseAdvertisingCompanyBotCheck() {
        Draft answers = new Draft();
        answers.put(V1, true);
        notExempt(answers).put(V6, false).put(V9, true);
        return conclude(answers, AdviceReason.ADVERTISING_COMPANY_BOT_CHECK);
    }

    /**
     * The advice for a request to a payment provider's host ({@link PaymentProviders}): a transaction the customer
     * asked for on a checkout page (advice 2), consent elsewhere (advice 10).
     */
    public CookieAdvice advisePaymentProvider(boolean atCheckout) {
        Draft answers = new Draft();
        answers.put(V1, true);
        return conclude(answers, payment(atCheckout, answers));
    }

    private static AdviceReason payment(boolean atCheckout, Draft answers) {
        if (atCheckout) {
            answers.put(V2, false).put(V3, true);
            return AdviceReason.PAYMENT_AT_CHECKOUT;
        }
        notExempt(answers).put(V6, false).put(V9, true);
        return AdviceReason.PAYMENT_BEFORE_CHECKOUT;
    }

    private CookieAdvice conclude(Draft answers, AdviceReason reason) {
        Answers complete = answers.build();
        return switch (advisor.advise(complete)) {
            case Verdict.Concluded concluded -> new CookieAdvice(complete, concluded.advice(), reason);
            case Verdict.Open open -> throw new IllegalStateException("answers leave " + open.nextQuestion() + " open");
            case Verdict.Contradicted contradicted ->
                throw new IllegalStateException("answers contradict: " + contradicted.conflicts());
        };
    }

    private static AdviceReason answer(Cookie cookie, Classification classification, Draft answers) {
        answers.put(V1, true);
        if (AdvertisingCompanyBotChecks.holds(cookie.name(), cookie.domain())) {
            // a bot check that also serves the advertising company's own purposes (advice 10)
            notExempt(answers).put(V6, false).put(V9, true);
            return AdviceReason.ADVERTISING_COMPANY_BOT_CHECK;
        }
        if (classification.category() == Category.MARKETING
                && !classification.thirdParty()
                && classification.vendor() == null
                && MarketingPopupCookies.holds(cookie.name())
                && !IdentifierValue.looksLikeIdentifier(cookie.value())) {
            // counts a marketing pop-up's display without singling out the visitor (advice 9)
            notExempt(answers).put(V6, false).put(V9, false);
            return AdviceReason.MARKETING_POPUP_DISPLAY;
        }
        if ((classification.category() == Category.MARKETING || classification.category() == Category.ANALYTICS)
                && MarketingAutomation.covers(classification.vendor())) {
            // the owner's own profiling through its processor, on the site or on the vendor's hosts (advice 8)
            answers.put(V2, false)
                    .put(V3, false)
                    .put(V4, false)
                    .put(V5, false)
                    .put(V6, true)
                    .put(V7, false)
                    .put(V8, false);
            return AdviceReason.MARKETING_AUTOMATION;
        }
        if (classification.category() != Category.MARKETING
                && classification.category() != Category.ANALYTICS
                && PaymentProviders.covers(classification.vendor())) {
            return payment(CheckoutPages.is(cookie.site()), answers);
        }
        if (classification.category() != Category.NECESSARY && LeadGeneration.covers(classification.vendor())) {
            // identifying visiting companies for the owner's sales: no requested service, no cross-site tracking
            notExempt(answers).put(V6, false).put(V9, true);
            return AdviceReason.LEAD_GENERATION;
        }
        if (classification.category() != Category.MARKETING
                && classification.category() != Category.ANALYTICS
                && ChatWidgets.holds(cookie.name(), classification.vendor())) {
            // a chat widget's storage before the visitor asked for a chat: no requested service (advice 10)
            notExempt(answers).put(V6, false).put(V9, true);
            return AdviceReason.CHAT_WIDGET;
        }
        return switch (classification.category()) {
            case NECESSARY -> necessary(PurposeHint.of(cookie.name()), answers);
            case PREFERENCES -> {
                answers.put(V2, false).put(V3, false).put(V4, true);
                yield AdviceReason.REQUESTED_PREFERENCE;
            }
            case ANALYTICS -> analytics(cookie, classification, answers);
            case MARKETING -> {
                answers.put(V2, false)
                        .put(V3, false)
                        .put(V4, false)
                        .put(V5, false)
                        .put(V6, true);
                yield marketing(classification, answers);
            }
            case UNKNOWN -> {
                notExempt(answers).put(V6, false).put(V9, true);
                yield AdviceReason.NEEDS_REVIEW;
            }
        };
    }

    /**
     * Marketing is third-party tracking (advice 7) when a third party sets it on its own domain, or when a known
     * vendor's script sets it on the site's domain (such as Meta's {@code _fbp}): that vendor follows visitors
     * over many sites either way. Only marketing of the site owner itself stays first-party tracking.
     */
    private static AdviceReason marketing(Classification classification, Draft answers) {
        if (classification.thirdParty()) {
            answers.put(V7, true);
            return AdviceReason.THIRD_PARTY_TRACKING;
        }
        if (classification.vendor() != null) {
            answers.put(V7, true);
            return AdviceReason.VENDOR_TRACKING;
        }
        answers.put(V7, false).put(V8, false);
        return AdviceReason.FIRST_PARTY_TRACKING;
    }

    private static AdviceReason necessary(PurposeHint hint, Draft answers) {
        answers.put(V2, hint == PurposeHint.COMMUNICATION);
        if (hint == PurposeHint.COMMUNICATION) {
            return AdviceReason.COMMUNICATION_ONLY;
        }
        answers.put(V3, hint == PurposeHint.TRANSACTION);
        if (hint == PurposeHint.TRANSACTION) {
            return AdviceReason.REQUESTED_TRANSACTION;
        }
        answers.put(V4, true);
        return AdviceReason.REQUESTED_FUNCTIONALITY;
    }

    /**
     * Analytics is exempt only when nothing observable rules the exemption out: first party, not readable across
     * sites, at most 13 months, and not a product-analytics vendor that follows individual users. Otherwise
     * it needs consent (advice 10 via V9).
     */
    private static AdviceReason analytics(Cookie cookie, Classification classification, Draft answers) {
        answers.put(V2, false).put(V3, false).put(V4, false);
        if (VendorOwnAdvertising.covers(classification.vendor())) {
            // the vendor uses what it collects for its own advertising: a third party tracking over many sites
            answers.put(V5, false).put(V6, true).put(V7, true);
            return AdviceReason.VENDOR_OWN_ADVERTISING;
        }
        AdviceReason reason;
        if (UserLevelAnalytics.covers(classification.vendor())) {
            reason = AdviceReason.USER_LEVEL_ANALYTICS;
        } else if (classification.thirdParty()) {
            reason = AdviceReason.THIRD_PARTY_ANALYTICS;
        } else if (cookie.sameSite() == SameSite.NONE) {
            reason = AdviceReason.CROSS_SITE_ANALYTICS;
        } else if (!cookie.session() && lifetimeUnknownOrLong(cookie)) {
            reason = AdviceReason.LONG_LIVED_ANALYTICS;
        } else {
            answers.put(V5, true);
            return AdviceReason.FIRST_PARTY_ANALYTICS;
        }
        answers.put(V5, false).put(V6, false).put(V9, true);
        return reason;
    }

    private static boolean lifetimeUnknownOrLong(Cookie cookie) {
        Long seconds = cookie.expiresInSeconds();
        return seconds == null || seconds > THIRTEEN_MONTHS_SECONDS;
    }

    private static Draft notExempt(Draft answers) {
        return answers.put(V2, false).put(V3, false).put(V4, false).put(V5, false);
    }

    /** Answers being filled in, question by question. */
    private static final class Draft {
        private final Map<QuestionId, Boolean> answers = new EnumMap<>(QuestionId.class);

        Draft put(QuestionId question, boolean answer) {
            answers.put(question, answer);
            return this;
        }

        Answers build() {
            return Answers.of(answers);
        }
    }
}
