package nl.cookiekeur.site;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * IP address literals in their canonical text: IPv4 as four decimal numbers without leading zeros, IPv6 as
 * RFC 5952 writes it (lower case, the longest run of zero groups shortened to {@code ::}). Never looks up
 * a name: text that is no literal is refused before the JDK sees it.
 */
final class IpAddress {
    private static final int GROUPS = 8;

    private IpAddress() {}

    /** The canonical form of an IP literal (without brackets), or empty when the text is none. */
    static Optional<String> canonical(String text) {
        if (text.indexOf(':') >= 0) {
            return v6(text);
        }
        return isV4(text) ? Optional.of(text) : Optional.empty();
    }

    private static boolean isV4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
                return false;
            }
            for (int i = 0; i < part.length(); i++) {
                if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> v6(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed =
                    (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.';
            if (!allowed) {
                return Optional.empty();
            }
        }
        try {
            // With a colon in it the JDK parses the text as an IPv6 literal and never asks DNS.
            InetAddress address = InetAddress.getByName(text);
            if (address instanceof Inet4Address) {
                return Optional.of(address.getHostAddress());
            }
            return address instanceof Inet6Address ? Optional.of(rfc5952(address.getAddress())) : Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String rfc5952(byte[] bytes) {
        int[] groups = new int[GROUPS];
        for (int i = 0; i < GROUPS; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < GROUPS; ) {
            int j = i;
            while (j < GROUPS && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < GROUPS; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
