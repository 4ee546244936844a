package nl.cookiekeur.scanner.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The Chromiums a worker keeps between scans: scans with the same host rules share one; a Chromium that has served
 * its scans is retired but stays up until the last scan holding it ends; other rules get their own Chromium and an
 * idle one of other rules is closed; closing the pool leaves no Chromium behind.
 */
class ChromiumHostsTest {

    @Test
    void scansShareAChromiumUntilItHasServedItsScansAndARetiredOneWaitsForItsLastScan() throws Exception {
        try (ChromiumHosts hosts = new ChromiumHosts(2)) {
            ChromiumHosts.Lease first = hosts.lease();
            ChromiumHosts.Lease second = hosts.lease();
            String one = first.endpoint(null);
            assertThat(second.endpoint(null)).isEqualTo(one); // two scans at once, one Chromium
            assertThat(chromiumBrowsers()).isEqualTo(1);

            ChromiumHosts.Lease third = hosts.lease();
            String fresh = third.endpoint(null); // the first Chromium has served two scans
            assertThat(fresh).isNotEqualTo(one);
            assertThat(chromiumBrowsers()).isEqualTo(2); // the retired one still serves the first two scans
            assertThat(first.endpoint(null)).isEqualTo(one);

            first.close();
            assertThat(chromiumBrowsers()).isEqualTo(2);
            second.close();
            assertThat(awaitBrowsers(1)).isEqualTo(1); // the retired one closed with its last scan

            third.close();
            ChromiumHosts.Lease otherRules = hosts.lease();
            String other = otherRules.endpoint("MAP www.example.nl 127.0.0.1");
            assertThat(other).isNotEqualTo(fresh);
            assertThat(awaitBrowsers(1)).isEqualTo(1); // the idle Chromium without rules was closed
            otherRules.close();
            assertThat(hosts.kept()).isEqualTo(1);
        }
        assertThat(awaitBrowsers(0)).isZero();
    }

    @Test
    void aClosedPoolStartsNothing() {
        ChromiumHosts hosts = new ChromiumHosts(5);
        hosts.close();
        assertThatThrownBy(() -> hosts.lease().endpoint(null)).isInstanceOf(BrowserStartException.class);
        assertThatThrownBy(() -> new ChromiumHosts(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Chromium browsers (by their profile folders; not renderers or helpers) started by this JVM. */
    static int chromiumBrowsers() {
        return (int) PlaywrightSwitchesTest.browserCommandLines().stream()
                .flatMap(args -> args.stream().filter(a -> a.startsWith("--user-data-dir=")))
                .distinct() // a process Chromium is forking shows its parent's command line until it runs its own
                .count();
    }

    /** The number of browsers once it is {@code wanted}, polling for at most 5 s. */
    static int awaitBrowsers(int wanted) throws InterruptedException {
        int now = chromiumBrowsers();
        for (int i = 0; i < 50 && now != wanted; i++) {
            Thread.sleep(100);
            now = chromiumBrowsers();
        }
        return now;
    }
}
