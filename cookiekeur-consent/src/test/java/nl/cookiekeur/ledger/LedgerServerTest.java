package nl.cookiekeur.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.store.Database;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API with a real client on loopback, over the embedded database. */
class LedgerServerTest {
    private static final String TOKEN = "test-admin-token";
    private static Backend.Fresh db;
    private static Ledger ledger;
    private static LedgerServer server;
    private static HttpClient client;
    private static String version;

    @BeforeAll
    static void start() throws Exception {
        db = Backend.H2.fresh();
        ledger = Ledger.open(Database::open, db.url(), new MutableClock(Instant.parse("2026-05-01T12:00:00Z")));
        server = LedgerServer.start(ledger, new ServerSettings("127.0.0.1", 0, null, TOKEN));
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        version = ledger.currentConfig("demo").orElseThrow().version();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        ledger.close();
        db.close();
    }

    @Test
    void configIsPublishedForTheDemoSiteWithCorsAndEtag() throws Exception {
        HttpResponse<String> response = get("v1/sites/demo/config");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("ETag")).hasValue('"' + version + '"');
        JsonNode config = CanonicalJson.parse(response.body());
        assertThat(config.get("siteId").asText()).isEqualTo("demo");
        assertThat(config.get("version").asText()).isEqualTo(version);
        assertThat(config.get("purposes").get(0).get("id").asText()).isEqualTo("necessary");

        HttpResponse<String> again = client.send(
                request("v1/sites/demo/config")
                        .header("If-None-Match", '"' + version + '"')
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(get("v1/sites/nope/config").statusCode()).isEqualTo(404);
    }

    @Test
    void aChoiceIsAcknowledgedWithItsHashAfterItIsStored() throws Exception {
        String consentId = UUID.randomUUID().toString();
        HttpResponse<String> response =
                post("demo", choice(consentId, "custom", "{\"analytics\":true,\"marketing\":false}"));
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode receipt = CanonicalJson.parse(response.body());
        assertThat(receipt.get("recordId").asText()).matches("[0-9a-f-]{36}");
        assertThat(receipt.get("receivedAt").asText()).isEqualTo("2026-05-01T12:00:00Z");
        assertThat(receipt.get("hash").asText()).matches("sha256-[0-9a-f]{64}");

        java.io.StringWriter csv = new java.io.StringWriter();
        ledger.export("demo", nl.cookiekeur.consent.ExportFormat.CSV, csv);
        assertThat(csv.toString())
                .contains(consentId)
                .contains(receipt.get("hash").asText())
                .contains(",Chrome,")
                .doesNotContain("127.0.0.1")
                .doesNotContain("Mozilla");
        assertThat(ledger.verify("demo").intact()).isTrue();
    }

    @Test
    void badInputGetsProblemResponsesNeverA500() throws Exception {
        assertProblem(post("demo", "{not json"), 400, "malformed-request");
        assertProblem(post("demo", "[1,2]"), 400, "malformed-request");
        assertProblem(post("demo", "{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}"), 400, "malformed-request");
        assertProblem(post("demo", "{\"x\":\"" + "a".repeat(5_000) + "\"}"), 413, "payload-too-large");
        assertProblem(
                post("demo", choice(UUID.randomUUID().toString(), "accept-all", "{}") + "  junk"),
                400,
                "malformed-request");
        assertProblem(post("demo", choice("not-a-uuid", "accept-all", "{}")), 422, "invalid-field");
        assertProblem(post("demo", choice(UUID.randomUUID().toString(), "maybe", "{}")), 422, "invalid-field");
        assertProblem(
                post("demo", choice(UUID.randomUUID().toString(), "custom", "{\"tracking\":true}")),
                422,
                "invalid-field");
        assertProblem(
                post("demo", choice(UUID.randomUUID().toString(), "custom", "{\"necessary\":false}")),
                422,
                "invalid-field");
        assertProblem(
                post("demo", choice(UUID.randomUUID().toString(), "reject-all", "{\"analytics\":true}")),
                422,
                "invalid-field");
        assertProblem(
                post("demo", choice(UUID.randomUUID().toString(), "custom", "{\"analytics\":\"yes\"}")),
                422,
                "invalid-field");
        assertProblem(post("demo", "{\"consentId\":1}"), 422, "invalid-field");
        assertProblem(
                post(
                        "demo",
                        choice(UUID.randomUUID().toString(), "accept-all", "{}")
                                .replace(version, "sha256-" + "a".repeat(64))),
                409,
                "unknown-config-version");
        assertProblem(post("elders", choice(UUID.randomUUID().toString(), "accept-all", "{}")), 404, "not-found");
        assertProblem(post("BAD%20SITE", "{}"), 404, "not-found");
        HttpResponse<String> text = client.send(
                request("v1/sites/demo/consents")
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                choice(UUID.randomUUID().toString(), "accept-all", "{}")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(text, 415, "unsupported-media-type");
        HttpResponse<String> delete =
                client.send(request("v1/sites/demo/consents").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(delete, 405, "method-not-allowed");
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, POST, OPTIONS");
        assertProblem(get("nowhere"), 404, "not-found");
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() throws Exception {
        ledger.publishConfig(
                "shop", DemoSite.config().replace("\"origins\": []", "\"origins\": [\"https://shop.example\"]"));
        String shopVersion = ledger.currentConfig("shop").orElseThrow().version();
        HttpResponse<String> preflight = client.send(
                request("v1/sites/shop/consents")
                        .header("Origin", "https://shop.example")
                        .header("Access-Control-Request-Method", "POST")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("https://shop.example");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValue("POST, OPTIONS");

        String body = choice(UUID.randomUUID().toString(), "reject-all", "{}").replace(version, shopVersion);
        HttpResponse<String> allowed = post("shop", body, "https://shop.example");
        assertThat(allowed.statusCode()).isEqualTo(201);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://shop.example");
        assertProblem(post("shop", body, "https://evil.example"), 403, "origin-not-allowed");
    }

    @Test
    void withdrawalFromTheSiteOwnOriginExpiresItsHttpOnlyCookies() throws Exception {
        String origin = server.address().toString().replaceAll("/$", "");
        ledger.publishConfig("own", DemoSite.config().replace("\"origins\": []", "\"origins\": [\"" + origin + "\"]"));
        String ownVersion = ledger.currentConfig("own").orElseThrow().version();
        String body = choice(UUID.randomUUID().toString(), "withdraw", "{\"analytics\":false,\"marketing\":true}")
                .replace(version, ownVersion);
        HttpResponse<String> response = post("own", body, origin);
        assertThat(response.statusCode()).isEqualTo(201);
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertThat(cookies).hasSize(1);
        assertThat(cookies.get(0))
                .startsWith("demo_analytics_srv=;")
                .contains("Max-Age=0")
                .contains("HttpOnly");

        HttpResponse<String> keep = post("own", body.replace("\"analytics\":false", "\"analytics\":true"), origin);
        assertThat(keep.statusCode()).isEqualTo(201);
        assertThat(keep.headers().allValues("Set-Cookie"))
                .as("nothing withdrawn that has HttpOnly cookies")
                .isEmpty();

        ledger.publishConfig("away", DemoSite.config());
        String awayVersion = ledger.currentConfig("away").orElseThrow().version();
        HttpResponse<String> crossSite = post("away", body.replace(ownVersion, awayVersion), "https://other.example");
        assertThat(crossSite.statusCode()).isEqualTo(201);
        assertThat(crossSite.headers().allValues("Set-Cookie"))
                .as("only the site's own origin")
                .isEmpty();
    }

    @Test
    void adminEndpointsNeedTheToken() throws Exception {
        assertProblem(get("v1/sites/demo/verify"), 401, "unauthorized");
        assertProblem(get("v1/sites/demo/consents?format=csv"), 401, "unauthorized");
        HttpResponse<String> wrong = client.send(
                request("v1/sites/demo/verify")
                        .header("Authorization", "Bearer nope")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(wrong, 401, "unauthorized");

        HttpResponse<String> put = client.send(
                admin("v1/sites/blog/config")
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(DemoSite.config()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(CanonicalJson.parse(put.body()).get("siteId").asText()).isEqualTo("blog");
        HttpResponse<String> invalid = client.send(
                admin("v1/sites/blog/config")
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"languages\":[]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(invalid, 422, "invalid-config");

        post("demo", choice(UUID.randomUUID().toString(), "accept-all", "{}"));
        HttpResponse<String> verify =
                client.send(admin("v1/sites/demo/verify").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(verify.statusCode()).isEqualTo(200);
        JsonNode result = CanonicalJson.parse(verify.body());
        assertThat(result.get("intact").asBoolean()).isTrue();
        assertThat(result.get("recordsChecked").asLong()).isPositive();

        HttpResponse<String> csv = client.send(
                admin("v1/sites/demo/consents?format=csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(csv.body()).startsWith(LedgerExport.CSV_HEADER);
        HttpResponse<String> json =
                client.send(admin("v1/sites/demo/consents").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(CanonicalJson.parse(json.body()).get("records").size()).isPositive();
        assertProblem(
                client.send(
                        admin("v1/sites/demo/consents?format=xml").GET().build(), HttpResponse.BodyHandlers.ofString()),
                422,
                "invalid-field");
    }

    @Test
    void anInvalidConfigurationIsExplainedInTheLanguageTheClientPrefers() throws Exception {
        HttpResponse<String> english = putConfig("winkel", "{\"languages\":[]}", null);
        assertProblem(english, 422, "invalid-config");
        JsonNode problem = CanonicalJson.parse(english.body());
        assertThat(problem.get("title").asText()).isEqualTo("The configuration is not valid");
        assertThat(problem.get("detail").asText()).isEqualTo("'languages' must be a list of 1 to 10 strings");
        assertThat(problem.get("problemCode").asText()).isEqualTo("list-size");
        assertThat(problem.get("problemArguments").toString()).isEqualTo("[\"languages\",\"1\",\"10\"]");
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(english.headers().allValues("Vary")).contains("Accept-Language");

        HttpResponse<String> dutch = putConfig("winkel", "{\"languages\":[]}", "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7");
        assertProblem(dutch, 422, "invalid-config");
        JsonNode dutchProblem = CanonicalJson.parse(dutch.body());
        assertThat(dutchProblem.get("title").asText()).isEqualTo("De configuratie is ongeldig");
        assertThat(dutchProblem.get("detail").asText())
                .isEqualTo("'languages' moet een lijst van 1 tot 10 teksten zijn");
        assertThat(dutchProblem.get("problemCode").asText()).isEqualTo("list-size");
        assertThat(dutch.headers().firstValue("Content-Language")).hasValue("nl");

        JsonNode gpc =
                CanonicalJson.parse(putConfig("winkel", DemoSite.config().replace("\"respect\"", "\"maybe\""), "nl")
                        .body());
        assertThat(gpc.get("detail").asText()).isEqualTo("'gpc' moet \"respect\" of \"ignore\" zijn");
        assertThat(gpc.get("problemCode").asText()).isEqualTo("gpc");
        assertThat(gpc.get("problemArguments").size()).isZero();

        JsonNode json = CanonicalJson.parse(
                putConfig("winkel", "{not json", "en-GB, nl;q=0.5").body());
        assertThat(json.get("detail").asText()).isEqualTo("not valid JSON (line 1, column 2)");
        assertThat(json.get("problemCode").asText()).isEqualTo("not-json");
        JsonNode jsonNl = CanonicalJson.parse(
                putConfig("winkel", "{not json", "de, nl;q=0.5").body());
        assertThat(jsonNl.get("detail").asText()).isEqualTo("geen geldige JSON (regel 1, kolom 2)");

        JsonNode vendor = CanonicalJson.parse(putConfig(
                        "winkel", DemoSite.config().replace("\"thirdParty\": true", "\"thirdParty\": \"ja\""), "nl-BE")
                .body());
        assertThat(vendor.get("detail").asText())
                .isEqualTo("partij 'Demo-videodienst' van doel 'marketing' heeft \"thirdParty\": true of false nodig");
        assertThat(vendor.get("problemArguments").toString()).isEqualTo("[\"Demo-videodienst\",\"marketing\"]");
        assertThat(ledger.sites()).doesNotContain("winkel");
    }

    @Test
    void acceptLanguagePicksDutchOnlyWhenPreferred() {
        assertThat(AcceptLanguage.preferred(null)).isEqualTo(Language.ENGLISH);
        assertThat(AcceptLanguage.preferred("")).isEqualTo(Language.ENGLISH);
        assertThat(AcceptLanguage.preferred("nl")).isEqualTo(Language.DUTCH);
        assertThat(AcceptLanguage.preferred("NL-be")).isEqualTo(Language.DUTCH);
        assertThat(AcceptLanguage.preferred("en-US,nl;q=0.5")).isEqualTo(Language.ENGLISH);
        assertThat(AcceptLanguage.preferred("en;q=0.1, nl;q=0.2")).isEqualTo(Language.DUTCH);
        assertThat(AcceptLanguage.preferred("fr, de")).isEqualTo(Language.ENGLISH);
        assertThat(AcceptLanguage.preferred("*")).isEqualTo(Language.ENGLISH);
        assertThat(AcceptLanguage.preferred("nl;q=0")).isEqualTo(Language.ENGLISH);
        assertThat(AcceptLanguage.preferred("nl;q=0, en")).isEqualTo(Language.ENGLISH);
        assertThat(AcceptLanguage.preferred("x;;=")).isEqualTo(Language.ENGLISH);
    }

    @Test
    void demoPageUsesTheBannerUnderANonceBasedPolicy() throws Exception {
        HttpResponse<String> page = get("");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualTo("text/html;charset=utf-8");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(nonce).hasSizeGreaterThan(20);
        assertThat(page.body())
                .contains("<html lang=\"nl\">")
                .contains("<script src=\"/v1/banner.js\" data-site=\"demo\" defer nonce=\"" + nonce + "\">")
                .contains("type=\"text/plain\" data-category=\"analytics\"")
                .contains("data-category=\"marketing\" data-src=\"/demo/embed\"");
        assertThat(get("").headers().firstValue("Content-Security-Policy").orElseThrow())
                .isNotEqualTo(policy);
        assertThat(get("demo/embed").statusCode()).isEqualTo(200);
    }

    @Test
    void bannerFilesAreServedWithEtagsWhenTheBuildHasThem() throws Exception {
        boolean present =
                LedgerServer.class.getClassLoader().getResource("nl/cookiekeur/ledger/web/banner.min.js") != null;
        HttpResponse<String> js = get("v1/banner.js");
        if (!present) {
            assertProblem(js, 404, "not-found");
            assertThat(get("").body()).contains("class=\"notice\"");
            return;
        }
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        String etag = js.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> cached = client.send(
                request("v1/banner.js").header("If-None-Match", etag).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cached.statusCode()).isEqualTo(304);
        assertThat(get("v1/banner.css").statusCode()).isEqualTo(200);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String slug) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        JsonNode problem = CanonicalJson.parse(response.body());
        assertThat(problem.get("type").asText()).isEqualTo(Problem.TYPE_BASE + slug);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
    }

    private static String choice(String consentId, String action, String choices) {
        return "{\"consentId\":\"" + consentId + "\",\"configVersion\":\"" + version
                + "\",\"language\":\"nl\",\"action\":\"" + action + "\",\"choices\":" + choices + ",\"gpc\":false}";
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.address().resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header(
                        "User-Agent",
                        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36");
    }

    private static HttpRequest.Builder admin(String path) {
        return request(path).header("Authorization", "Bearer " + TOKEN);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> putConfig(String site, String body, @Nullable String acceptLanguage)
            throws Exception {
        HttpRequest.Builder request = admin("v1/sites/" + site + "/config")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String site, String body) throws Exception {
        return client.send(
                request("v1/sites/" + site + "/consents")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String site, String body, String origin) throws Exception {
        return client.send(
                request("v1/sites/" + site + "/consents")
                        .header("Content-Type", "application/json")
                        .header("Origin", origin)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
