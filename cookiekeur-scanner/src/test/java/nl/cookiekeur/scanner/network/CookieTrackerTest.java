package nl.cookiekeur.scanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.evidence.CookieSource;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import org.junit.jupiter.api.Test;

class CookieTrackerTest {

    private static JarCookie cookie(String name, String domain, boolean httpOnly) {
        return new JarCookie(name, "v", domain, "/", null, 2, httpOnly, true, SameSite.UNSPECIFIED, null);
    }

    @Test
    void marksCookiesGoneAtTheEndAsRemovedAndKeepsTheirFirstPage() {
        CookieTracker tracker = new CookieTracker();
        tracker.observe(
                List.of(cookie("_ga", ".shop.nl", false), cookie("keep", "www.shop.nl", false)),
                "https://www.shop.nl/");
        List<ObservedCookie> cookies = tracker.finish(
                Phase.WITHDRAW,
                List.of(cookie("keep", "www.shop.nl", false)),
                "https://www.shop.nl/b",
                List.of(),
                Map.of("_ga", "https://www.googletagmanager.com/gtag/js"));
        assertThat(cookies)
                .extracting(ObservedCookie::name, ObservedCookie::removed, ObservedCookie::pageUrl)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("_ga", true, "https://www.shop.nl/"),
                        org.assertj.core.groups.Tuple.tuple("keep", false, "https://www.shop.nl/"));
        assertThat(cookies.getFirst().source()).isEqualTo(CookieSource.SCRIPT);
        assertThat(cookies.getFirst().setter()).isEqualTo("https://www.googletagmanager.com/gtag/js");
        assertThat(cookies.get(1).source()).isEqualTo(CookieSource.UNKNOWN);
    }

    @Test
    void responsesWinOverScriptsAndHttpOnlyMeansHttp() {
        CookieTracker tracker = new CookieTracker();
        HttpCookieSetter response = new HttpCookieSetter(
                SetCookieLine.parse("sess=1; HttpOnly"), "https://www.shop.nl/", "www.shop.nl", Instant.EPOCH);
        List<ObservedCookie> cookies = tracker.finish(
                Phase.INITIAL,
                List.of(cookie("sess", "www.shop.nl", true), cookie("other", ".shop.nl", true)),
                "https://www.shop.nl/",
                List.of(response),
                Map.of("sess", "https://www.shop.nl/app.js"));
        assertThat(cookies).extracting(ObservedCookie::source).containsExactly(CookieSource.HTTP, CookieSource.HTTP);
        assertThat(cookies).extracting(ObservedCookie::setter).containsExactly("https://www.shop.nl/", null);
        assertThat(cookies).noneMatch(ObservedCookie::removed);
    }
}
