package nl.cookiekeur.scanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SetCookieLineTest {

    @Test
    void parsesNameAndDomain() {
        assertThat(SetCookieLine.parse("YSC=abc; Domain=.YouTube.com; Path=/; Secure; SameSite=None"))
                .isEqualTo(new SetCookieLine("YSC", "youtube.com"));
        assertThat(SetCookieLine.parse(" sess = 1 ; HttpOnly")).isEqualTo(new SetCookieLine("sess", ""));
        assertThat(SetCookieLine.parse("garbage")).isEqualTo(new SetCookieLine("", ""));
    }

    @Test
    void keepsTheRequestedExpiryWithMaxAgeWinningOverExpires() {
        Instant at = Instant.parse("2026-12-04T10:00:00Z");

        assertThat(SetCookieLine.parse("_ga=1; Max-Age=63072000; Path=/", at).requestedExpires())
                .isEqualTo(at.plusSeconds(63_072_000));
        assertThat(SetCookieLine.parse("a=1; Expires=Sat, 04 Dec 2027 10:00:00 GMT", at)
                        .requestedExpires())
                .isEqualTo(Instant.parse("2027-12-04T10:00:00Z"));
        assertThat(SetCookieLine.parse("a=1; expires=Sat, 04-Dec-2027 10:00:00 GMT", at)
                        .requestedExpires())
                .isEqualTo(Instant.parse("2027-12-04T10:00:00Z"));
        assertThat(SetCookieLine.parse("a=1; Expires=Sat, 04 Dec 2027 10:00:00 GMT; Max-Age=60", at)
                        .requestedExpires())
                .isEqualTo(at.plusSeconds(60));
        assertThat(SetCookieLine.parse("a=1; Max-Age=0", at).requestedExpires()).isNull();
        assertThat(SetCookieLine.parse("a=1; Expires=tomorrow", at).requestedExpires())
                .isNull();
        assertThat(SetCookieLine.parse("a=1; Path=/", at).requestedExpires()).isNull();
    }

    @Test
    void matchesHostOnlyAndDomainCookiesInTheJar() {
        HttpCookieSetter hostOnly = new HttpCookieSetter(
                SetCookieLine.parse("sess=1"),
                "https://www.notaris-bakker.nl/",
                "www.notaris-bakker.nl",
                Instant.EPOCH);
        assertThat(hostOnly.matches("sess", "www.notaris-bakker.nl")).isTrue();
        assertThat(hostOnly.matches("sess", ".notaris-bakker.nl")).isFalse();
        HttpCookieSetter domain = new HttpCookieSetter(
                SetCookieLine.parse("YSC=1; Domain=.youtube.com"),
                "https://www.youtube.com/embed/x",
                "www.youtube.com",
                Instant.EPOCH);
        assertThat(domain.matches("YSC", ".youtube.com")).isTrue();
        assertThat(domain.matches("VISITOR_INFO1_LIVE", ".youtube.com")).isFalse();
    }
}
