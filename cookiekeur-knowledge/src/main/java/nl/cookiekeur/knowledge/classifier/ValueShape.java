package nl.cookiekeur.knowledge.classifier;

import java.util.regex.Pattern;

/** The recognisable format of a cookie value, which hints at what the cookie holds. */
enum ValueShape {
    EMPTY,
    FLAG,
    NUMBER,
    TIMESTAMP,
    UUID,
    GOOGLE_CLIENT_ID,
    FACEBOOK_BROWSER_ID,
    HEX,
    BASE64,
    STRUCTURED,
    LOCALE,
    TEXT;

    private static final Pattern FLAG_VALUE = Pattern.compile("(?i)(0|1|true|false|yes|no|y|n|on|off)");
    private static final Pattern NUMBER_VALUE = Pattern.compile("-?[0-9]{1,9}(\\.[0-9]+)?");
    private static final Pattern TIMESTAMP_VALUE = Pattern.compile("1[0-9]{9}([0-9]{3})?");
    private static final Pattern UUID_VALUE =
            Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern GOOGLE_VALUE = Pattern.compile("GA[0-9]\\.[0-9]\\.[0-9.]+.*|GS[0-9]\\.[0-9]\\..*");
    private static final Pattern FACEBOOK_VALUE = Pattern.compile("fb\\.[0-9]\\.[0-9]+\\..+");
    private static final Pattern HEX_VALUE = Pattern.compile("(?i)[0-9a-f]{12,}");
    private static final Pattern BASE64_VALUE = Pattern.compile("[A-Za-z0-9+/_\\-]{16,}={0,2}");
    private static final Pattern LOCALE_VALUE = Pattern.compile("(?i)[a-z]{2}([-_][a-z]{2})?");
    private static final Pattern STRUCTURED_VALUE = Pattern.compile(".*([{}\\[\\]]|%7B|%22|[:|&=,]).*");

    /** The shape of the given value. */
    static ValueShape of(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return EMPTY;
        }
        if (FLAG_VALUE.matcher(v).matches()) {
            return FLAG;
        }
        if (TIMESTAMP_VALUE.matcher(v).matches()) {
            return TIMESTAMP;
        }
        if (NUMBER_VALUE.matcher(v).matches()) {
            return NUMBER;
        }
        if (UUID_VALUE.matcher(v).matches()) {
            return UUID;
        }
        if (GOOGLE_VALUE.matcher(v).matches()) {
            return GOOGLE_CLIENT_ID;
        }
        if (FACEBOOK_VALUE.matcher(v).matches()) {
            return FACEBOOK_BROWSER_ID;
        }
        if (HEX_VALUE.matcher(v).matches()) {
            return HEX;
        }
        if (BASE64_VALUE.matcher(v).matches()) {
            return BASE64;
        }
        if (LOCALE_VALUE.matcher(v).matches()) {
            return LOCALE;
        }
        return STRUCTURED_VALUE.matcher(v).matches() ? STRUCTURED : TEXT;
    }

    /** Shannon entropy of the value in bits per character (0 for an empty value). */
    static double entropy(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double bits = 0;
        double n = value.length();
        for (int count : counts) {
            bits -= count == 0 ? 0 : count / n * Math.log(count / n) / Math.log(2);
        }
        return other == 0 ? bits : bits - other / n * Math.log(other / n) / Math.log(2);
    }
}
