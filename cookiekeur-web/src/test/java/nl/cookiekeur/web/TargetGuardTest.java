package nl.cookiekeur.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import nl.cookiekeur.site.WebUrl;
import nl.cookiekeur.web.scan.TargetGuard;
import nl.cookiekeur.web.scan.TargetRefusedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a web scan may never reach, and that a name resolving to one is refused after DNS. */
class TargetGuardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.8.9.10",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "100.127.255.254",
                "0.0.0.0",
                "224.0.0.1",
                "255.255.255.255",
                "::1",
                "::",
                "fe80::1",
                "fd00:ec2::254",
                "fc00::1",
                "::ffff:10.0.0.1",
                "::ffff:127.0.0.1"
            })
    void privateLoopbackLinkLocalAndMetadataAddressesAreRefused(String literal) throws UnknownHostException {
        assertThat(TargetGuard.refused(InetAddress.getByName(literal))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "145.131.1.1", "172.32.0.1", "100.128.0.1", "2a00:1450:400e::200e"})
    void publicAddressesAreAllowed(String literal) throws UnknownHostException {
        assertThat(TargetGuard.refused(InetAddress.getByName(literal))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.8", "169.254.169.254", "127.0.0.1"})
    void aPublicLookingNameThatResolvesToAPrivateAddressIsRefused(String address) {
        TargetGuard guard = new TargetGuard(
                host -> new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName(address)});
        WebUrl target = WebUrl.parse("https://www.winkel.example/").orElseThrow();

        assertThatThrownBy(() -> guard.pin(target))
                .isInstanceOf(TargetRefusedException.class)
                .hasMessageContaining("www.winkel.example")
                .hasMessageContaining(address);
    }
}
