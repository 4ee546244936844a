package nl.cookiekeur.cookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import nl.cookiekeur.classification.CookieQuery;
import org.junit.jupiter.api.Test;

class CookieTest {
    private static final URI SITE = URI.create("https://www.bakkerij.nl/winkel");

    @Test
    void aNamedCookieIsAHostOnlySessionCookieOnTheSite() {
        Cookie cookie = Cookie.of("PHPSESSID", SITE);

        assertThat(cookie.domain()).isEqualTo("www.bakkerij.nl");
        assertThat(cookie.session()).isTrue();
        assertThat(cookie.hostOnly()).isTrue();
        assertThat(cookie.expiresInSeconds()).isNull();
        assertThat(cookie.sameSite()).isEqualTo(SameSite.UNSPECIFIED);
    }

    @Test
    void aDotDomainIsNotHostOnly() {
        assertThat(Cookie.of("_ga", SITE).withDomain(".bakkerij.nl").hostOnly()).isFalse();
    }

    @Test
    void aSessionCookieHasNoExpiry() {
        assertThatThrownBy(
                        () -> new Cookie("a", "x.nl", "/", "", 60L, true, false, true, false, SameSite.LAX, SITE, null))
                .hasMessageContaining("session");
        assertThatThrownBy(() -> Cookie.of(" ", SITE)).hasMessageContaining("name");
    }

    @Test
    void aQueryTakesTheHostsOfTheCookieTheScriptAndTheSite() {
        Cookie cookie = Cookie.of("_clck", SITE)
                .withDomain(".bakkerij.nl")
                .withSetterScript(URI.create("https://www.clarity.ms/tag/abc"));

        assertThat(CookieQuery.of(cookie))
                .isEqualTo(new CookieQuery("_clck", ".bakkerij.nl", "www.clarity.ms", "www.bakkerij.nl"));
    }

    @Test
    void sameSiteIsParsedIgnoringCase() {
        assertThat(SameSite.parse("lax")).contains(SameSite.LAX);
        assertThat(SameSite.parse(" None ")).contains(SameSite.NONE);
        assertThat(SameSite.parse("")).contains(SameSite.UNSPECIFIED);
        assertThat(SameSite.parse("sometimes")).isEmpty();
    }

    @Test
    void aStorageKeyNeedsAKey() {
        assertThatThrownBy(() -> new StorageKey(StorageKind.LOCAL_STORAGE, "", SITE, SITE, null))
                .hasMessageContaining("key");
        StorageKey key = new StorageKey(StorageKind.LOCAL_STORAGE, "_hjTLDTest", SITE, SITE, null);
        assertThat(CookieQuery.of(key).cookieDomain()).isEqualTo("www.bakkerij.nl");
    }
}
