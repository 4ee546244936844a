package nl.cookiekeur.knowledge.classifier;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Real-looking cookie values chosen from the cookie's name alone: well-known formats for well-known
 * names, and for other names one format per name (by hash) so that a name always looks the same.
 */
final class CookieValues {
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final long NOW = 1_763_800_000L;

    private CookieValues() {}

    /** A value for a cookie with this (instantiated) name. */
    static String forName(String name, Random random) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("_ga_")) {
            long t = timestamp(random);
            return "GS1.1." + t + "." + (1 + random.nextInt(40)) + ".1." + (t + random.nextInt(900)) + ".0.0.0";
        }
        if (lower.equals("_ga") || lower.equals("_gid")) {
            return "GA1.1." + (100_000_000 + random.nextInt(900_000_000)) + "." + timestamp(random);
        }
        if (lower.equals("_fbp") || lower.equals("_fbc")) {
            return "fb.1." + timestamp(random) * 1000 + "." + (100_000_000 + random.nextInt(900_000_000));
        }
        if (lower.contains("lang") || lower.contains("locale")) {
            return random.nextBoolean() ? "nl" : "nl-NL";
        }
        if (lower.contains("sess") || lower.contains("token") || lower.contains("csrf") || lower.contains("auth")) {
            return Math.floorMod(name.hashCode(), 2) == 0 ? hex(random, 32) : base64(random, 43);
        }
        return switch (Math.floorMod(name.hashCode(), 8)) {
            case 0 -> UUID.nameUUIDFromBytes(longBytes(random)).toString();
            case 1 -> hex(random, 16);
            case 2 -> Long.toString(timestamp(random));
            case 3 -> random.nextBoolean() ? "1" : "true";
            case 4 -> base64(random, 24);
            case 5 -> Integer.toString(random.nextInt(1000));
            case 6 -> "id=" + hex(random, 8) + "&v=" + random.nextInt(5) + "&t=" + timestamp(random);
            default -> "";
        };
    }

    private static long timestamp(Random random) {
        return NOW - random.nextInt(90 * 24 * 3600);
    }

    private static String hex(Random random, int length) {
        byte[] bytes = new byte[(length + 1) / 2];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, length);
    }

    private static String base64(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(BASE64.charAt(random.nextInt(BASE64.length())));
        }
        return text.toString();
    }

    private static byte[] longBytes(Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }
}
