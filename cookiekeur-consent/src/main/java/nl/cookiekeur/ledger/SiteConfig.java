package nl.cookiekeur.ledger;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cookiekeur.consent.ConfigProblem;
import nl.cookiekeur.consent.ConfigProblem.Code;
import nl.cookiekeur.consent.ConsentException;
import org.jspecify.annotations.Nullable;

/**
 * A validated banner configuration of one site (the shape of {@code docs/consent.md}): its content hash is
 * its version, and it knows the hash of exactly what a visitor was shown in each language.
 */
final class SiteConfig {
    static final int MAX_BYTES = 256 * 1024;
    static final Pattern SITE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final Pattern VERSION = Pattern.compile("sha256-[0-9a-f]{64}");
    private static final Pattern PURPOSE_ID = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern COOKIE_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}");
    private static final Set<String> TOP_LEVEL = Set.of(
            "siteId",
            "version",
            "languages",
            "defaultLanguage",
            "texts",
            "purposes",
            "gpc",
            "consentMaxAgeDays",
            "httpOnlyCookies",
            "origins",
            "statementUrl");
    private static final int MAX_TEXT = 5_000;
    /** Jackson's message for a key seen twice ({@code STRICT_DUPLICATE_DETECTION}). */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private final String siteId;
    private final String version;
    private final ObjectNode content;
    private final List<String> languages;
    private final Map<String, Boolean> purposes;
    private final Map<String, List<String>> httpOnlyCookies;
    private final Set<String> origins;
    private final Map<String, String> shownHashes = new ConcurrentHashMap<>();

    private SiteConfig(String siteId, ObjectNode content) {
        this.siteId = siteId;
        this.content = content;
        this.version = CanonicalJson.sha256(CanonicalJson.canonical(content));
        this.languages = strings(content.get("languages"));
        this.purposes = new LinkedHashMap<>();
        for (JsonNode purpose : content.get("purposes")) {
            purposes.put(purpose.get("id").asText(), purpose.get("necessary").asBoolean());
        }
        this.httpOnlyCookies = new LinkedHashMap<>();
        JsonNode cookies = content.path("httpOnlyCookies");
        for (Map.Entry<String, JsonNode> entry : cookies.properties()) {
            httpOnlyCookies.put(entry.getKey(), strings(entry.getValue()));
        }
        this.origins = new LinkedHashSet<>(strings(content.path("origins")));
    }

    /**
     * Parses and validates a configuration text for a site; {@code siteId} and {@code version} in the text are
     * ignored (the site comes from the caller, the version is computed).
     *
     * @throws ConsentException with reason {@link ConsentException.Reason#INVALID_CONFIG} naming the first problem
     */
    static SiteConfig parse(String siteId, String json) {
        if (!SITE_ID.matcher(siteId).matches()) {
            throw invalid(Code.SITE_ID, siteId);
        }
        if (json.length() > MAX_BYTES) {
            throw invalid(Code.TOO_LARGE, MAX_BYTES / 1024);
        }
        JsonNode root;
        try {
            root = CanonicalJson.parse(json);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
        if (!(root instanceof ObjectNode object)) {
            throw invalid(Code.NOT_OBJECT);
        }
        ObjectNode content = object.deepCopy();
        content.remove("siteId");
        content.remove("version");
        validate(content);
        return new SiteConfig(siteId, content);
    }

    String siteId() {
        return siteId;
    }

    /** The content hash, {@code sha256-<hex>}. */
    String version() {
        return version;
    }

    /** The configuration as served to the banner: site id and version first, then the content. */
    String served() {
        ObjectNode served = CanonicalJson.object();
        served.put("siteId", siteId);
        served.put("version", version);
        served.setAll(content);
        return CanonicalJson.text(served);
    }

    List<String> languages() {
        return languages;
    }

    /** The purposes in order, each with whether it is necessary. */
    Map<String, Boolean> purposes() {
        return purposes;
    }

    /** HttpOnly cookie names per purpose, which the server expires on withdrawal. */
    List<String> httpOnlyCookies(String purpose) {
        return httpOnlyCookies.getOrDefault(purpose, List.of());
    }

    /** The site origins allowed to record choices (CORS); empty allows any origin. */
    Set<String> origins() {
        return origins;
    }

    /**
     * The hash of what a visitor saw in a language: the texts in that language and the purposes with their
     * vendors as shown, plus the choice controls offered (every purpose that is not necessary).
     */
    String shownHash(String language) {
        return shownHashes.computeIfAbsent(language, this::computeShownHash);
    }

    private String computeShownHash(String language) {
        ObjectNode shown = CanonicalJson.object();
        shown.put("language", language);
        shown.set("texts", content.path("texts").path(language));
        if (content.hasNonNull("statementUrl")) {
            shown.put("statementUrl", content.get("statementUrl").asText());
        }
        ArrayNode purposesShown = shown.putArray("purposes");
        ArrayNode controls = shown.putArray("controls");
        for (JsonNode purpose : content.get("purposes")) {
            ObjectNode p = purposesShown.addObject();
            p.put("id", purpose.get("id").asText());
            p.put("necessary", purpose.get("necessary").asBoolean());
            p.put("name", purpose.path("name").path(language).asText());
            p.put("description", purpose.path("description").path(language).asText());
            ArrayNode vendors = p.putArray("vendors");
            for (JsonNode vendor : purpose.path("vendors")) {
                ObjectNode v = vendors.addObject();
                v.put("name", vendor.path("name").asText());
                v.put("purpose", vendor.path("purpose").path(language).asText());
                v.put("retention", vendor.path("retention").path(language).asText());
                v.put("thirdParty", vendor.path("thirdParty").asBoolean());
                v.put("privacyUrl", vendor.path("privacyUrl").asText());
                v.set("cookies", vendor.path("cookies"));
            }
            if (!purpose.get("necessary").asBoolean()) {
                controls.add(purpose.get("id").asText());
            }
        }
        return CanonicalJson.sha256(CanonicalJson.canonical(shown));
    }

    private static void validate(ObjectNode content) {
        for (Iterator<String> it = content.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!TOP_LEVEL.contains(field)) {
                throw invalid(Code.UNKNOWN_FIELD, field);
            }
        }
        List<String> languages = requiredStrings(content, "languages", LANGUAGE, 1, 10);
        String defaultLanguage = requiredText(content, "defaultLanguage", 2);
        if (!languages.contains(defaultLanguage)) {
            throw invalid(Code.DEFAULT_LANGUAGE, defaultLanguage);
        }
        JsonNode texts = content.get("texts");
        if (texts == null || !texts.isObject()) {
            throw invalid(Code.TEXTS_OBJECT);
        }
        for (String language : languages) {
            JsonNode perLanguage = texts.get(language);
            if (perLanguage == null || !perLanguage.isObject()) {
                throw invalid(Code.TEXTS_LANGUAGE, language);
            }
            for (JsonNode text : perLanguage) {
                if (!text.isTextual() || text.asText().length() > MAX_TEXT) {
                    throw invalid(Code.TEXTS_VALUE, language, MAX_TEXT);
                }
            }
        }
        Set<String> purposeIds = validatePurposes(content.get("purposes"), languages);
        String gpc = requiredText(content, "gpc", 10);
        if (!gpc.equals("respect") && !gpc.equals("ignore")) {
            throw invalid(Code.GPC);
        }
        JsonNode maxAge = content.get("consentMaxAgeDays");
        if (maxAge == null
                || !maxAge.canConvertToInt()
                || !maxAge.isIntegralNumber()
                || maxAge.asInt() < 1
                || maxAge.asInt() > 730) {
            throw invalid(Code.CONSENT_MAX_AGE);
        }
        JsonNode cookies = content.get("httpOnlyCookies");
        if (cookies != null) {
            if (!cookies.isObject()) {
                throw invalid(Code.HTTP_ONLY_COOKIES_OBJECT);
            }
            for (Iterator<String> it = cookies.fieldNames(); it.hasNext(); ) {
                String purpose = it.next();
                if (!purposeIds.contains(purpose)) {
                    throw invalid(Code.HTTP_ONLY_COOKIES_PURPOSE, purpose);
                }
                requiredStrings((ObjectNode) cookies, purpose, COOKIE_NAME, 0, 50);
            }
        }
        if (content.has("origins")) {
            for (String origin : requiredStrings(content, "origins", null, 0, 20)) {
                checkOrigin(origin);
            }
        }
        if (!HttpLink.valid(content.get("statementUrl"))) {
            throw invalid(Code.STATEMENT_URL);
        }
    }

    private static Set<String> validatePurposes(@Nullable JsonNode purposes, List<String> languages) {
        if (purposes == null || !purposes.isArray() || purposes.isEmpty() || purposes.size() > 20) {
            throw invalid(Code.PURPOSES_LIST);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode purpose : purposes) {
            if (!purpose.isObject()) {
                throw invalid(Code.PURPOSE_OBJECT);
            }
            String id = requiredText((ObjectNode) purpose, "id", 32);
            if (!PURPOSE_ID.matcher(id).matches() || !ids.add(id)) {
                throw invalid(Code.PURPOSE_ID, id);
            }
            JsonNode necessary = purpose.get("necessary");
            if (necessary == null || !necessary.isBoolean()) {
                throw invalid(Code.PURPOSE_NECESSARY_FLAG, id);
            }
            if (id.equals("necessary") && !necessary.asBoolean()) {
                throw invalid(Code.NECESSARY_PURPOSE);
            }
            localized(purpose, "name", languages, id, null);
            localized(purpose, "description", languages, id, null);
            JsonNode vendors = purpose.get("vendors");
            if (vendors != null) {
                if (!vendors.isArray() || vendors.size() > 100) {
                    throw invalid(Code.VENDORS_LIST, id, 100);
                }
                for (JsonNode vendor : vendors) {
                    validateVendor(vendor, languages, id);
                }
            }
        }
        return ids;
    }

    private static void validateVendor(JsonNode vendor, List<String> languages, String purposeId) {
        if (!vendor.isObject()) {
            throw invalid(Code.VENDOR_OBJECT, purposeId);
        }
        String name = requiredText((ObjectNode) vendor, "name", 200);
        localized(vendor, "purpose", languages, purposeId, name);
        localized(vendor, "retention", languages, purposeId, name);
        JsonNode thirdParty = vendor.get("thirdParty");
        if (thirdParty == null || !thirdParty.isBoolean()) {
            throw invalid(Code.VENDOR_THIRD_PARTY, name, purposeId);
        }
        if (!HttpLink.valid(vendor.get("privacyUrl"))) {
            throw invalid(Code.VENDOR_PRIVACY_URL, name, purposeId);
        }
        if (vendor.has("cookies")) {
            requiredStrings((ObjectNode) vendor, "cookies", COOKIE_NAME, 0, 100);
        }
    }

    /** A per-language text object of a purpose ({@code vendor} null) or of one of its vendors. */
    private static void localized(
            JsonNode owner, String field, List<String> languages, String purposeId, @Nullable String vendor) {
        JsonNode value = owner.get(field);
        if (value == null || !value.isObject()) {
            throw vendor == null
                    ? invalid(Code.PURPOSE_TEXT, purposeId, field)
                    : invalid(Code.VENDOR_TEXT, vendor, purposeId, field);
        }
        for (String language : languages) {
            JsonNode text = value.get(language);
            if (text == null || !text.isTextual() || text.asText().length() > MAX_TEXT) {
                throw vendor == null
                        ? invalid(Code.PURPOSE_TEXT_LANGUAGE, purposeId, field, language, MAX_TEXT)
                        : invalid(Code.VENDOR_TEXT_LANGUAGE, vendor, purposeId, field, language, MAX_TEXT);
            }
        }
    }

    private static void checkOrigin(String origin) {
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && bare) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw invalid(Code.ORIGIN, origin);
    }

    private static String requiredText(ObjectNode owner, String field, int maxLength) {
        JsonNode value = owner.get(field);
        if (value == null
                || !value.isTextual()
                || value.asText().isEmpty()
                || value.asText().length() > maxLength) {
            throw invalid(Code.TEXT_FIELD, field, maxLength);
        }
        return value.asText();
    }

    private static List<String> requiredStrings(
            ObjectNode owner, String field, @Nullable Pattern pattern, int min, int max) {
        JsonNode value = owner.get(field);
        if (value == null || !value.isArray() || value.size() < min || value.size() > max) {
            throw invalid(Code.LIST_SIZE, field, min, max);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()
                    || (pattern != null && !pattern.matcher(item.asText()).matches())) {
                throw invalid(Code.LIST_VALUE, field, item);
            }
            values.add(item.asText());
        }
        return values;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            values.add(item.asText());
        }
        return List.copyOf(values);
    }

    private static ConsentException invalid(Code code, Object... arguments) {
        return new ConsentException(ConfigProblem.of(code, arguments));
    }

    /**
     * The parser's position (and for a duplicate key its name), never its own message: that is English and names
     * Jackson's internals.
     */
    private static ConsentException notJson(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = Math.max(location == null ? 1 : location.getLineNr(), 1);
        int column = Math.max(location == null ? 1 : location.getColumnNr(), 1);
        if (e instanceof StreamConstraintsException) {
            return invalid(Code.JSON_LIMITS);
        }
        Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.matches()) {
            return invalid(Code.DUPLICATE_KEY, duplicate.group(1), line, column);
        }
        return invalid(Code.NOT_JSON, line, column);
    }
}
