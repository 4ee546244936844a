package nl.cookiekeur.knowledge.domain;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Normalises host names and cookie domains and finds their registrable domain ("eTLD+1") with the Public
 * Suffix List that Guava maintains, so {@code a.b.example.co.uk} belongs to {@code example.co.uk}.
 */
public final class Hosts {
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}");

    private Hosts() {}

    /**
     * Normalises a host or cookie domain: trims, drops leading and trailing dots, a port and IPv6 brackets,
     * lower-cases with {@link Locale#ROOT} and converts international names to their ASCII (punycode) form.
     * Returns empty when nothing usable is left or the name is not a valid host name or IP address.
     */
    public static Optional<String> normalise(@Nullable String hostOrDomain) {
        if (hostOrDomain == null) {
            return Optional.empty();
        }
        String host = stripDots(hostOrDomain.strip());
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.indexOf(':') > 0
                && PORT.matcher(host.substring(host.indexOf(':'))).matches()) {
            host = host.substring(0, host.indexOf(':'));
        }
        if (host.isEmpty()) {
            return Optional.empty();
        }
        if (InetAddresses.isInetAddress(host)) {
            return Optional.of(InetAddresses.toAddrString(InetAddresses.forString(host)));
        }
        String ascii;
        try {
            ascii = isAscii(host) ? host : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String lower = ascii.toLowerCase(Locale.ROOT);
        return InternetDomainName.isValid(lower) ? Optional.of(lower) : Optional.empty();
    }

    /**
     * The registrable domain of a host or cookie domain: the public suffix plus one label. An IP address,
     * a single-label name such as {@code localhost}, a public suffix itself, or a name under no known
     * suffix is its own registrable domain. Empty when the input is not a valid host.
     */
    public static Optional<String> registrable(@Nullable String hostOrDomain) {
        return normalise(hostOrDomain).map(Hosts::registrableOfNormalised);
    }

    /**
     * Whether the input, after normalisation, is itself an ICANN registry suffix such as {@code com} or
     * {@code co.uk}. Private suffixes such as {@code akamai.net} do not count: they do name one operator.
     */
    public static boolean isRegistrySuffix(String hostOrDomain) {
        return normalise(hostOrDomain)
                .filter(host -> !InetAddresses.isInetAddress(host))
                .filter(host -> InternetDomainName.from(host).isRegistrySuffix())
                .isPresent();
    }

    /** Whether the input is an IP address (v4 or v6), after normalisation. */
    public static boolean isIpAddress(String hostOrDomain) {
        return normalise(hostOrDomain).filter(InetAddresses::isInetAddress).isPresent();
    }

    /**
     * The normalised host followed by its parent domains down to (and including) its registrable domain,
     * such as {@code a.b.example.com}, {@code b.example.com}, {@code example.com}.
     */
    public static List<String> selfAndParents(String hostOrDomain) {
        Optional<String> normalised = normalise(hostOrDomain);
        if (normalised.isEmpty()) {
            return List.of();
        }
        String host = normalised.get();
        String registrable = registrableOfNormalised(host);
        List<String> chain = new ArrayList<>();
        String current = host;
        chain.add(current);
        while (!current.equals(registrable) && current.indexOf('.') >= 0) {
            current = current.substring(current.indexOf('.') + 1);
            chain.add(current);
        }
        return List.copyOf(chain);
    }

    /**
     * Whether {@code host} equals {@code domain} or lies under it; both must already be normalised. Used on
     * hot paths, so it allocates nothing.
     */
    public static boolean isWithin(String host, String domain) {
        if (!host.endsWith(domain)) {
            return false;
        }
        int boundary = host.length() - domain.length();
        return boundary == 0 || host.charAt(boundary - 1) == '.';
    }

    /**
     * A cheap normalisation for hot paths: a plain lower-case name, with or without leading dots, is taken as
     * it is (without the dots); anything else goes through {@link #normalise}. Returns {@code null} for an unusable input.
     */
    public static @Nullable String quickNormalise(@Nullable String hostOrDomain) {
        if (hostOrDomain == null || hostOrDomain.isEmpty()) {
            return null;
        }
        int start = 0;
        while (start < hostOrDomain.length() && hostOrDomain.charAt(start) == '.') {
            start++; // cookie domains such as ".example.com"
        }
        boolean plain = start < hostOrDomain.length();
        for (int i = start; i < hostOrDomain.length() && plain; i++) {
            char c = hostOrDomain.charAt(i);
            plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (c == '.' && i > start);
        }
        if (plain && hostOrDomain.charAt(hostOrDomain.length() - 1) != '.') {
            return start == 0 ? hostOrDomain : hostOrDomain.substring(start);
        }
        return normalise(hostOrDomain).orElse(null);
    }

    private static String registrableOfNormalised(String host) {
        if (InetAddresses.isInetAddress(host) || host.indexOf('.') < 0) {
            return host;
        }
        InternetDomainName name = InternetDomainName.from(host);
        if (name.isUnderPublicSuffix()) {
            return name.topPrivateDomain().toString();
        }
        return host;
    }

    private static String stripDots(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '.') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
