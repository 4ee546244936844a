package nl.cookiekeur.site;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Normalises host names and cookie domains: the one spelling under which every module compares hosts.
 * Trims, drops leading and trailing dots, a port and IPv6 brackets, lower-cases with {@link Locale#ROOT},
 * converts international names to ASCII (punycode) and writes IP addresses in their canonical form.
 */
public final class HostName {
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}");
    private static final int MAX_LENGTH = 253;
    private static final int MAX_LABEL = 63;

    private HostName() {}

    /** The normalised host, or empty when nothing usable is left or it is no valid host name or IP address. */
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
        Optional<String> ip = IpAddress.canonical(host);
        if (ip.isPresent() || host.indexOf(':') >= 0) {
            return ip;
        }
        String ascii;
        try {
            ascii = isAscii(host) ? host : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String lower = ascii.toLowerCase(Locale.ROOT);
        return isValidName(lower) ? Optional.of(lower) : Optional.empty();
    }

    /** Whether a host, after normalisation, is an IP address (v4 or v6). */
    public static boolean isIpAddress(String hostOrDomain) {
        return normalise(hostOrDomain).filter(HostName::isNormalisedIp).isPresent();
    }

    /** Whether an already normalised host is an IP address: a valid name never ends in a numeric label. */
    static boolean isNormalisedIp(String host) {
        if (host.indexOf(':') >= 0) {
            return true;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return !host.isEmpty();
    }

    /**
     * A DNS name of letters, digits, hyphens and underscores: labels of 1 to 63 characters that neither start
     * nor end with a hyphen or underscore, at most 253 characters in all, the last label not starting with a
     * digit (so it cannot be mistaken for an IP address).
     */
    private static boolean isValidName(String name) {
        if (name.length() > MAX_LENGTH) {
            return false;
        }
        int start = 0;
        while (true) {
            int end = name.indexOf('.', start);
            boolean last = end < 0;
            if (!isValidLabel(name, start, last ? name.length() : end, last)) {
                return false;
            }
            if (last) {
                return true;
            }
            start = end + 1;
        }
    }

    private static boolean isValidLabel(String name, int start, int end, boolean last) {
        int length = end - start;
        if (length < 1 || length > MAX_LABEL) {
            return false;
        }
        char first = name.charAt(start);
        if (isDash(first) || isDash(name.charAt(end - 1)) || (last && first >= '0' && first <= '9')) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || isDash(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '_';
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
