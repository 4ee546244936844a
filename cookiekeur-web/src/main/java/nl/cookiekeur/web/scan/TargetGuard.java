package nl.cookiekeur.web.scan;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.site.WebUrl;
import org.jspecify.annotations.Nullable;

/**
 * Keeps scans started from the web off the server's own network: the start address and every redirect it
 * answers with are resolved, and any host with a loopback, private, link-local (cloud metadata), carrier-grade
 * NAT, unique-local, multicast or unspecified address is refused. The addresses checked are then pinned for the
 * browser with host-resolver rules, so a name cannot resolve to another address between the check and the scan.
 */
public final class TargetGuard {
    /** How many redirects are followed and checked. */
    static final int MOST_REDIRECTS = 5;

    /** Resolves a host name to its addresses. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;
    private final HttpClient http;

    public TargetGuard(Resolver resolver) {
        this.resolver = resolver;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A guard on the system's resolver. */
    public static TargetGuard system() {
        return new TargetGuard(InetAddress::getAllByName);
    }

    /**
     * Checks the address and its redirects; returns the host-resolver rules that pin every host checked.
     *
     * @throws TargetRefusedException when a host resolves to a refused address or does not resolve
     */
    public String pin(WebUrl target) {
        Map<String, InetAddress> pinned = new LinkedHashMap<>();
        URI current = target.uri();
        for (int hop = 0; hop <= MOST_REDIRECTS; hop++) {
            String host = bare(current.getHost() == null ? "" : current.getHost());
            if (!pinned.containsKey(host)) {
                pinned.put(host, checked(host));
            }
            Optional<URI> next = redirect(current);
            if (next.isEmpty()) {
                break;
            }
            current = next.get();
            if (!"http".equalsIgnoreCase(current.getScheme()) && !"https".equalsIgnoreCase(current.getScheme())) {
                throw new TargetRefusedException(String.valueOf(current.getHost()), "redirect leaves http(s)");
            }
        }
        StringBuilder rules = new StringBuilder();
        pinned.forEach((host, address) -> {
            if (!host.equals(address.getHostAddress())) {
                if (!rules.isEmpty()) {
                    rules.append(", ");
                }
                String shown = address instanceof Inet6Address
                        ? "[" + address.getHostAddress() + "]"
                        : address.getHostAddress();
                rules.append("MAP ").append(host).append(' ').append(shown);
            }
        });
        return rules.toString();
    }

    private InetAddress checked(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new TargetRefusedException(host, "does not resolve");
        }
        if (addresses.length == 0) {
            throw new TargetRefusedException(host, "does not resolve");
        }
        for (InetAddress address : addresses) {
            if (refused(address)) {
                throw new TargetRefusedException(host, "resolves to " + address.getHostAddress());
            }
        }
        return addresses[0];
    }

    /** The address a redirect answer points to, if the start address answers with one. */
    private Optional<URI> redirect(URI from) {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(from)
                            .timeout(Duration.ofSeconds(10))
                            .header("User-Agent", "Cookiekeur target check")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status < 300 || status > 399) {
                return Optional.empty();
            }
            return response.headers().firstValue("Location").map(from::resolve);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // the scan itself reports a site it cannot reach
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether a scan may never reach this address. */
    public static boolean refused(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240; // reserved and broadcast
        }
        int top = bytes[0] & 0xff;
        if ((top & 0xfe) == 0xfc) {
            return true; // unique local fc00::/7 (also cloud metadata fd00:ec2::254)
        }
        return mappedIpv4(bytes).map(TargetGuard::refused).orElse(false);
    }

    private static Optional<InetAddress> mappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return Optional.empty();
            }
        }
        if ((bytes[10] & 0xff) != 0xff || (bytes[11] & 0xff) != 0xff) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String bare(@Nullable String host) {
        if (host == null) {
            return "";
        }
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
