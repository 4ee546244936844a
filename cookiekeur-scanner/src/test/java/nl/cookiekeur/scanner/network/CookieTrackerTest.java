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

    @Test
    void keepsTheExpiryTheResponseOrTheScriptAskedFor() {
        CookieTracker tracker = new CookieTracker();
        Instant capped = Instant.now().plus(java.time.Duration.ofDays(400));
        JarCookie ga = new JarCookie("_ga", "v", ".shop.nl", "/", capped, 2, false, false, SameSite.LAX, null);
        JarCookie sid = new JarCookie("sid", "v", "www.shop.nl", "/", capped, 2, true, true, SameSite.LAX, null);
        Instant asked = Instant.now().plus(java.time.Duration.ofDays(730));
        HttpCookieSetter response = new HttpCookieSetter(
                SetCookieLine.parse("sid=1; Max-Age=63072000; HttpOnly"),
                "https://www.shop.nl/",
                "www.shop.nl",
                Instant.now());

        List<ObservedCookie> cookies = tracker.finish(
                Phase.INITIAL,
                List.of(ga, sid, cookie("session", "www.shop.nl", false)),
                "https://www.shop.nl/",
                List.of(response),
                Map.of("_ga", "https://www.googletagmanager.com/gtag/js", "session", "https://www.shop.nl/a.js"),
                Map.of("_ga", asked, "session", asked));

        assertThat(cookies.get(0).requestedExpires()).isEqualTo(asked);
        assertThat(cookies.get(0).capped()).isTrue();
        assertThat(cookies.get(1).requestedExpires()).isAfter(capped.plus(java.time.Duration.ofDays(300)));
        assertThat(cookies.get(1).capped()).isTrue();
        assertThat(cookies.get(2).requestedExpires())
                .as("a session cookie in the jar")
                .isNull();
    }
}
