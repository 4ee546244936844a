package nl.cookiekeur.cli.knowledge;

import java.net.URI;
import java.net.URISyntaxException;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieAdvice;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * The legal judgement of a looked-up cookie: the category after the necessity rules (not a data source's
 * label) and the beslisboom advice, for a persistent cookie of unknown lifetime on the given domain, observed
 * on the given site (without a site: on another site than the cookie's domain, so third-party).
 *
 * @param category the judged category id
 * @param advice the advice number (1–10)
 * @param consentRequired whether prior consent is required
 * @param reason the stable reason id
 * @param explanation the reason in the chosen language
 */
record LookupVerdict(String category, int advice, boolean consentRequired, String reason, String explanation) {
    /** A site that is no real cookie domain, for judging a cookie of which only its own domain is known. */
    private static final URI ELSEWHERE = URI.create("https://andere-site.invalid/");

    static LookupVerdict of(
            String name,
            @Nullable String domain,
            @Nullable String site,
            String pagePath,
            CookieClassifier classifier,
            CookieAdvisor advisor,
            Language language) {
        URI siteUri = site == null ? ELSEWHERE : page(site, pagePath);
        String cookieDomain = domain == null ? siteUri.getHost() : domain;
        Cookie cookie = new Cookie(
                name, cookieDomain, "/", "", null, false, false, false, true, SameSite.UNSPECIFIED, siteUri, null);
        Classification classification = classifier.classify(cookie);
        CookieAdvice advice = advisor.advise(cookie, classification);
        return new LookupVerdict(
                classification.category().id(),
                advice.number(),
                advice.consentRequired(),
                advice.reason().id(),
                advice.reason().text(language));
    }

    /** The page the cookie is judged on: the site's root, or the page path given with {@code --site}. */
    private static URI page(String site, String pagePath) {
        try {
            return new URI("https", site, pagePath, null);
        } catch (URISyntaxException e) {
            return URI.create("https://" + site + "/");
        }
    }
}
