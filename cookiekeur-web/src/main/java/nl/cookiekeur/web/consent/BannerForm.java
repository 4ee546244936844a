package nl.cookiekeur.web.consent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A banner configuration as the consent page's form shows it, field by field: the banner's texts in Dutch and
 * English, the purposes and the vendors (each under one purpose), and the other settings kept as they were.
 *
 * @param texts per text key (such as {@code title}), the Dutch and English text, in the banner's order
 * @param purposes the purposes, in the order the banner lists them
 * @param vendors the vendors; a vendor serving two purposes is two rows
 * @param rest the configuration's other settings (languages, GPC, retention of the choice…) as JSON
 */
public record BannerForm(Map<String, Text> texts, List<PurposeRow> purposes, List<VendorRow> vendors, String rest) {
    /** At most this many purposes. */
    static final int MAX_PURPOSES = 20;
    /** At most this many vendors. */
    static final int MAX_VENDORS = 200;

    /** A text of the banner in both languages. */
    public record Text(String nl, String en) {}

    /** A purpose: id, whether it is necessary (always on), name and description in both languages. */
    public record PurposeRow(String id, boolean necessary, String nameNl, String nameEn, String descNl, String descEn) {
        static PurposeRow empty() {
            return new PurposeRow("", false, "", "", "", "");
        }
    }

    /** A vendor under one purpose, with what it does, how long it keeps data and where its privacy statement is. */
    public record VendorRow(
            String name,
            String purpose,
            String purposeNl,
            String purposeEn,
            String retentionNl,
            String retentionEn,
            String privacyUrl,
            String cookies,
            boolean thirdParty) {
        static VendorRow empty(String purpose) {
            return new VendorRow("", purpose, "", "", "", "", "", "", true);
        }
    }

    public BannerForm {
        texts = new LinkedHashMap<>(texts);
        purposes = List.copyOf(purposes);
        vendors = List.copyOf(vendors);
    }

    /** The form as posted: fields {@code t.nl.KEY}, {@code p.N.FIELD}, {@code v.N.FIELD}, {@code rest}. */
    public static BannerForm fromForm(Map<String, List<String>> fields) {
        Map<String, Text> texts = new LinkedHashMap<>();
        fields.keySet().stream()
                .filter(name -> name.startsWith("t.nl."))
                .map(name -> name.substring(5))
                .sorted(BannerJson.TEXT_ORDER)
                .forEach(key -> texts.put(key, new Text(field(fields, "t.nl." + key), field(fields, "t.en." + key))));
        List<PurposeRow> purposes = new ArrayList<>();
        for (int i = 0; i < MAX_PURPOSES && fields.containsKey("p." + i + ".id"); i++) {
            String p = "p." + i + ".";
            purposes.add(new PurposeRow(
                    field(fields, p + "id"),
                    fields.containsKey(p + "necessary"),
                    field(fields, p + "name.nl"),
                    field(fields, p + "name.en"),
                    field(fields, p + "description.nl"),
                    field(fields, p + "description.en")));
        }
        List<VendorRow> vendors = new ArrayList<>();
        for (int i = 0; i < MAX_VENDORS && fields.containsKey("v." + i + ".name"); i++) {
            String v = "v." + i + ".";
            vendors.add(new VendorRow(
                    field(fields, v + "name"),
                    field(fields, v + "purpose"),
                    field(fields, v + "purpose.nl"),
                    field(fields, v + "purpose.en"),
                    field(fields, v + "retention.nl"),
                    field(fields, v + "retention.en"),
                    field(fields, v + "privacyUrl"),
                    field(fields, v + "cookies"),
                    fields.containsKey(v + "thirdParty")));
        }
        return new BannerForm(texts, purposes, vendors, field(fields, "rest"));
    }

    /** With an empty purpose row at the end (at most {@value #MAX_PURPOSES}). */
    public BannerForm withPurposeAdded() {
        List<PurposeRow> more = new ArrayList<>(purposes);
        if (more.size() < MAX_PURPOSES) {
            more.add(PurposeRow.empty());
        }
        return new BannerForm(texts, more, vendors, rest);
    }

    /** With an empty vendor row at the end (at most {@value #MAX_VENDORS}). */
    public BannerForm withVendorAdded() {
        List<VendorRow> more = new ArrayList<>(vendors);
        if (more.size() < MAX_VENDORS) {
            more.add(
                    VendorRow.empty(purposes.isEmpty() ? "" : purposes.getLast().id()));
        }
        return new BannerForm(texts, purposes, more, rest);
    }

    /** Without the purpose at this index (its vendors stay, to be moved or removed). */
    public BannerForm withoutPurpose(int index) {
        List<PurposeRow> fewer = new ArrayList<>(purposes);
        if (index >= 0 && index < fewer.size()) {
            fewer.remove(index);
        }
        return new BannerForm(texts, fewer, vendors, rest);
    }

    /** Without the vendor at this index. */
    public BannerForm withoutVendor(int index) {
        List<VendorRow> fewer = new ArrayList<>(vendors);
        if (index >= 0 && index < fewer.size()) {
            fewer.remove(index);
        }
        return new BannerForm(texts, purposes, fewer, rest);
    }

    private static String field(Map<String, List<String>> fields, String name) {
        @Nullable List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst().strip();
    }
}
