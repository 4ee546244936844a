package nl.cookiekeur.web.consent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a banner configuration (JSON, the format of docs/consent-ledger.md) into the consent page's form and the
 * posted form back into JSON. It only converts: the ledger validates what is published.
 */
final class BannerJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The banner's texts (those of banner.js) in the order the form shows them. */
    private static final List<String> KEYS = List.of(
            "title",
            "intro",
            "accept",
            "reject",
            "settings",
            "save",
            "close",
            "settingsTitle",
            "settingsIntro",
            "purposes",
            "parties",
            "alwaysOn",
            "vendors",
            "retention",
            "thirdParty",
            "firstParty",
            "privacy",
            "withdrawHint",
            "manage",
            "placeholder",
            "load",
            "gpc");

    /** Orders text keys as the form shows them. */
    static final Comparator<String> TEXT_ORDER = Comparator.<String>comparingInt(
                    key -> KEYS.contains(key) ? KEYS.indexOf(key) : KEYS.size())
            .thenComparing(Comparator.naturalOrder());

    private BannerJson() {}

    /** The form of a configuration, or empty when the text is not a JSON object with purposes. */
    static Optional<BannerForm> read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (!(root instanceof ObjectNode config) || !config.path("purposes").isArray()) {
            return Optional.empty();
        }
        ObjectNode rest = config.deepCopy();
        rest.remove(List.of("texts", "purposes", "siteId", "version"));
        JsonNode nl = config.path("texts").path("nl");
        JsonNode en = config.path("texts").path("en");
        List<String> keys = new ArrayList<>();
        nl.fieldNames().forEachRemaining(keys::add);
        en.fieldNames().forEachRemaining(key -> {
            if (!keys.contains(key)) {
                keys.add(key);
            }
        });
        keys.removeIf(key -> !KEYS.contains(key));
        keys.sort(TEXT_ORDER);
        Map<String, BannerForm.Text> texts = new LinkedHashMap<>();
        keys.forEach(key -> texts.put(
                key, new BannerForm.Text(nl.path(key).asText(""), en.path(key).asText(""))));
        List<BannerForm.PurposeRow> purposes = new ArrayList<>();
        List<BannerForm.VendorRow> vendors = new ArrayList<>();
        for (JsonNode purpose : config.path("purposes")) {
            String id = purpose.path("id").asText("");
            purposes.add(new BannerForm.PurposeRow(
                    id,
                    purpose.path("necessary").asBoolean(false),
                    purpose.path("name").path("nl").asText(""),
                    purpose.path("name").path("en").asText(""),
                    purpose.path("description").path("nl").asText(""),
                    purpose.path("description").path("en").asText("")));
            for (JsonNode vendor : purpose.path("vendors")) {
                List<String> cookies = new ArrayList<>();
                vendor.path("cookies").forEach(cookie -> cookies.add(cookie.asText("")));
                vendors.add(new BannerForm.VendorRow(
                        vendor.path("name").asText(""),
                        id,
                        vendor.path("purpose").path("nl").asText(""),
                        vendor.path("purpose").path("en").asText(""),
                        vendor.path("retention").path("nl").asText(""),
                        vendor.path("retention").path("en").asText(""),
                        vendor.path("privacyUrl").asText(""),
                        String.join(", ", cookies),
                        vendor.path("thirdParty").asBoolean(false)));
            }
        }
        return Optional.of(new BannerForm(texts, purposes, vendors, rest.toString()));
    }

    /** The configuration of a form: its other settings, then texts and purposes with their vendors. */
    static String write(BannerForm form) {
        ObjectNode config;
        try {
            config = JSON.readTree(form.rest()) instanceof ObjectNode rest ? rest : JSON.createObjectNode();
        } catch (JsonProcessingException e) {
            config = JSON.createObjectNode();
        }
        ObjectNode texts = config.putObject("texts");
        ObjectNode nl = texts.putObject("nl");
        ObjectNode en = texts.putObject("en");
        form.texts().forEach((key, text) -> {
            nl.put(key, text.nl());
            en.put(key, text.en());
        });
        ArrayNode purposes = config.putArray("purposes");
        for (BannerForm.PurposeRow row : form.purposes()) {
            if (row.id().isEmpty()) {
                continue;
            }
            ObjectNode purpose = purposes.addObject();
            purpose.put("id", row.id());
            purpose.put("necessary", row.necessary());
            both(purpose.putObject("name"), row.nameNl(), row.nameEn());
            both(purpose.putObject("description"), row.descNl(), row.descEn());
            ArrayNode vendors = purpose.putArray("vendors");
            for (BannerForm.VendorRow row2 : form.vendors()) {
                if (row2.name().isEmpty() || !row2.purpose().equals(row.id())) {
                    continue;
                }
                ObjectNode vendor = vendors.addObject();
                vendor.put("name", row2.name());
                both(vendor.putObject("purpose"), row2.purposeNl(), row2.purposeEn());
                both(vendor.putObject("retention"), row2.retentionNl(), row2.retentionEn());
                vendor.put("thirdParty", row2.thirdParty());
                if (!row2.privacyUrl().isEmpty()) {
                    vendor.put("privacyUrl", row2.privacyUrl());
                }
                ArrayNode cookies = vendor.putArray("cookies");
                Arrays.stream(row2.cookies().split("[,\\s]+"))
                        .filter(cookie -> !cookie.isBlank())
                        .distinct()
                        .forEach(cookies::add);
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private static void both(ObjectNode node, String dutch, String english) {
        node.put("nl", dutch);
        node.put("en", english);
    }
}
