package nl.cookiekeur.scanner.page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decodes the core segment of an IAB TCF v2 TC string (web-safe base64 bit fields) into the fields a
 * compliance check needs: version, dates, CMP, language, policy version, purposes and vendor counts.
 * Field layout from the IAB "TCF v2.x: Consent string and vendor list formats" specification.
 */
public final class TcString {

    /** The longest TC string decoded; longer ones are refused as malformed. */
    static final int MAX_LENGTH = 20_000;

    private TcString() {}

    /**
     * The decoded core fields, keyed {@code version}, {@code created}, {@code lastUpdated}, {@code cmpId},
     * {@code cmpVersion}, {@code consentScreen}, {@code consentLanguage}, {@code vendorListVersion},
     * {@code policyVersion}, {@code serviceSpecific}, {@code purposeOneTreatment}, {@code publisherCountry},
     * {@code specialFeatureOptIns}, {@code purposesConsent}, {@code purposesLegitimateInterest} (comma-separated
     * ids), {@code vendorsConsent}, {@code vendorsLegitimateInterest} (counts), {@code maxVendorIdConsent};
     * or only {@code version} plus {@code error} when the string cannot be decoded.
     */
    public static Map<String, String> decode(String tcString) {
        Map<String, String> fields = new LinkedHashMap<>();
        String core = tcString.strip();
        int dot = core.indexOf('.');
        if (dot >= 0) {
            core = core.substring(0, dot);
        }
        if (core.isEmpty() || core.length() > MAX_LENGTH) {
            fields.put("error", "empty or too long");
            return fields;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(pad(core.replace('+', '-').replace('/', '_')));
        } catch (IllegalArgumentException e) {
            fields.put("error", "not web-safe base64");
            return fields;
        }
        Bits bits = new Bits(bytes);
        try {
            int version = bits.next(6);
            fields.put("version", Integer.toString(version));
            if (version != 2) {
                fields.put("error", "unsupported TC string version " + version);
                return fields;
            }
            fields.put("created", deciseconds(bits.nextLong(36)));
            fields.put("lastUpdated", deciseconds(bits.nextLong(36)));
            fields.put("cmpId", Integer.toString(bits.next(12)));
            fields.put("cmpVersion", Integer.toString(bits.next(12)));
            fields.put("consentScreen", Integer.toString(bits.next(6)));
            fields.put("consentLanguage", letters(bits));
            fields.put("vendorListVersion", Integer.toString(bits.next(12)));
            fields.put("policyVersion", Integer.toString(bits.next(6)));
            fields.put("serviceSpecific", Boolean.toString(bits.next(1) == 1));
            bits.next(1); // use non-standard texts
            fields.put("specialFeatureOptIns", ids(bits.flags(12)));
            fields.put("purposesConsent", ids(bits.flags(24)));
            fields.put("purposesLegitimateInterest", ids(bits.flags(24)));
            fields.put("purposeOneTreatment", Boolean.toString(bits.next(1) == 1));
            fields.put("publisherCountry", letters(bits));
            int maxConsent = bits.next(16);
            fields.put("maxVendorIdConsent", Integer.toString(maxConsent));
            fields.put("vendorsConsent", Integer.toString(vendorSection(bits, maxConsent)));
            int maxInterest = bits.next(16);
            fields.put("vendorsLegitimateInterest", Integer.toString(vendorSection(bits, maxInterest)));
        } catch (IndexOutOfBoundsException e) {
            fields.put("error", "truncated at bit " + bits.position());
        }
        return fields;
    }

    /** The number of vendors set in a bit-field or range-encoded vendor section. */
    private static int vendorSection(Bits bits, int maxVendorId) {
        boolean range = bits.next(1) == 1;
        if (!range) {
            int count = 0;
            for (int i = 0; i < maxVendorId; i++) {
                count += bits.next(1);
            }
            return count;
        }
        int entries = bits.next(12);
        int count = 0;
        for (int i = 0; i < entries; i++) {
            boolean isRange = bits.next(1) == 1;
            int start = bits.next(16);
            int end = isRange ? bits.next(16) : start;
            count += Math.max(0, end - start + 1);
        }
        return count;
    }

    private static String deciseconds(long value) {
        return Instant.ofEpochMilli(value * 100).toString();
    }

    private static String letters(Bits bits) {
        char first = (char) ('A' + bits.next(6));
        char second = (char) ('A' + bits.next(6));
        return (String.valueOf(first) + second).toUpperCase(Locale.ROOT);
    }

    private static String ids(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String pad(String base64) {
        int rest = base64.length() % 4;
        return rest == 0 ? base64 : base64 + "=".repeat(4 - rest);
    }

    /** A big-endian bit reader. */
    private static final class Bits {
        private final byte[] bytes;
        private int position;

        Bits(byte[] bytes) {
            this.bytes = bytes;
        }

        int position() {
            return position;
        }

        int next(int count) {
            return (int) nextLong(count);
        }

        long nextLong(int count) {
            long value = 0;
            for (int i = 0; i < count; i++) {
                int index = position >> 3;
                if (index >= bytes.length) {
                    throw new IndexOutOfBoundsException(position);
                }
                int bit = (bytes[index] >> (7 - (position & 7))) & 1;
                value = (value << 1) | bit;
                position++;
            }
            return value;
        }

        List<Integer> flags(int count) {
            List<Integer> set = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                if (next(1) == 1) {
                    set.add(i);
                }
            }
            return set;
        }
    }
}
