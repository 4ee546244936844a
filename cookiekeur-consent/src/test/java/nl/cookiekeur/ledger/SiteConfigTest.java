package nl.cookiekeur.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import nl.cookiekeur.consent.ConfigProblem;
import nl.cookiekeur.consent.ConfigProblem.Code;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;

/** Every way a configuration is refused names its problem as a code with arguments. */
class SiteConfigTest {

    @Test
    void theDemoConfigurationIsValid() {
        assertThat(SiteConfig.parse("demo", DemoSite.config()).purposes()).containsKeys("necessary", "analytics");
    }

    @Test
    void everyProblemCodeIsReachedWithItsArguments() throws Exception {
        Set<Code> reached = EnumSet.noneOf(Code.class);
        check(reached, "Shop!", DemoSite.config(), Code.SITE_ID, "Shop!");
        check(reached, "shop", " ".repeat(SiteConfig.MAX_BYTES + 1), Code.TOO_LARGE, "256");
        check(reached, "shop", "{not json", Code.NOT_JSON, "1", "2");
        check(
                reached,
                "shop",
                "{\n  \"gpc\": \"respect\",\n  \"gpc\": \"ignore\"\n}",
                Code.DUPLICATE_KEY,
                "gpc",
                "3",
                "8");
        check(reached, "shop", "{\"a\":" + "[".repeat(20) + "]".repeat(20) + "}", Code.JSON_LIMITS);
        check(reached, "shop", "[1, 2]", Code.NOT_OBJECT);
        check(reached, c -> c.put("colour", "blue"), Code.UNKNOWN_FIELD, "colour");
        check(reached, c -> c.putArray("languages"), Code.LIST_SIZE, "languages", "1", "10");
        check(reached, c -> c.putArray("languages").add("NL"), Code.LIST_VALUE, "languages", "\"NL\"");
        check(reached, c -> c.remove("defaultLanguage"), Code.TEXT_FIELD, "defaultLanguage", "2");
        check(reached, c -> c.put("defaultLanguage", "de"), Code.DEFAULT_LANGUAGE, "de");
        check(reached, c -> c.put("texts", "none"), Code.TEXTS_OBJECT);
        check(reached, c -> obj(c, "texts").remove("en"), Code.TEXTS_LANGUAGE, "en");
        check(reached, c -> obj(obj(c, "texts"), "nl").put("title", 5), Code.TEXTS_VALUE, "nl", "5000");
        check(reached, c -> c.put("gpc", "maybe"), Code.GPC);
        check(reached, c -> c.put("consentMaxAgeDays", 731), Code.CONSENT_MAX_AGE);
        check(reached, c -> c.put("consentMaxAgeDays", 1.5), Code.CONSENT_MAX_AGE);
        check(reached, c -> c.putArray("httpOnlyCookies"), Code.HTTP_ONLY_COOKIES_OBJECT);
        check(reached, c -> obj(c, "httpOnlyCookies").putArray("stats"), Code.HTTP_ONLY_COOKIES_PURPOSE, "stats");
        check(
                reached,
                c -> obj(c, "httpOnlyCookies").putArray("analytics").add("bad name"),
                Code.LIST_VALUE,
                "analytics",
                "\"bad name\"");
        check(reached, c -> c.putArray("purposes"), Code.PURPOSES_LIST);
        check(reached, c -> c.putArray("purposes").add(1), Code.PURPOSE_OBJECT);
        check(reached, c -> purpose(c, 2).put("id", "analytics"), Code.PURPOSE_ID, "analytics");
        check(reached, c -> purpose(c, 2).put("id", "Marketing"), Code.PURPOSE_ID, "Marketing");
        check(reached, c -> purpose(c, 2).put("id", ""), Code.TEXT_FIELD, "id", "32");
        check(reached, c -> purpose(c, 1).remove("necessary"), Code.PURPOSE_NECESSARY_FLAG, "analytics");
        check(reached, c -> purpose(c, 0).put("necessary", false), Code.NECESSARY_PURPOSE);
        check(reached, c -> purpose(c, 1).remove("name"), Code.PURPOSE_TEXT, "analytics", "name");
        check(
                reached,
                c -> obj(purpose(c, 1), "description").remove("en"),
                Code.PURPOSE_TEXT_LANGUAGE,
                "analytics",
                "description",
                "en",
                "5000");
        check(reached, c -> purpose(c, 1).putObject("vendors"), Code.VENDORS_LIST, "analytics", "100");
        check(reached, c -> purpose(c, 1).putArray("vendors").add("x"), Code.VENDOR_OBJECT, "analytics");
        check(
                reached,
                c -> vendor(c, 1).remove("retention"),
                Code.VENDOR_TEXT,
                "Demo-statistieken",
                "analytics",
                "retention");
        check(
                reached,
                c -> obj(vendor(c, 1), "purpose").remove("nl"),
                Code.VENDOR_TEXT_LANGUAGE,
                "Demo-statistieken",
                "analytics",
                "purpose",
                "nl",
                "5000");
        check(
                reached,
                c -> vendor(c, 1).remove("thirdParty"),
                Code.VENDOR_THIRD_PARTY,
                "Demo-statistieken",
                "analytics");
        check(
                reached,
                c -> vendor(c, 1).put("privacyUrl", "ftp://example.nl/privacy"),
                Code.VENDOR_PRIVACY_URL,
                "Demo-statistieken",
                "analytics");
        check(
                reached,
                c -> c.putArray("origins").add("https://www.example.nl/winkel"),
                Code.ORIGIN,
                "https://www.example.nl/winkel");
        check(reached, c -> c.put("statementUrl", "javascript:alert(1)"), Code.STATEMENT_URL);
        assertThat(reached).as("every code has a case here").containsExactlyInAnyOrder(Code.values());
    }

    @Test
    void theJsonErrorGivesOnlyThePositionInBothLanguages() {
        assertThatThrownBy(() -> SiteConfig.parse("shop", "{\"languages\": [\"nl\",]}"))
                .isInstanceOfSatisfying(ConsentException.class, e -> {
                    ConfigProblem problem = e.configProblem().orElseThrow();
                    assertThat(problem.text(Language.DUTCH)).isEqualTo("geen geldige JSON (regel 1, kolom 21)");
                    assertThat(problem.text(Language.ENGLISH)).isEqualTo("not valid JSON (line 1, column 21)");
                    assertThat(e.getMessage())
                            .isEqualTo("Ongeldige siteconfiguratie: geen geldige JSON (regel 1, kolom 21)");
                });
    }

    private static ObjectNode obj(ObjectNode owner, String field) {
        return (ObjectNode) owner.get(field);
    }

    private static ObjectNode purpose(ObjectNode config, int index) {
        return (ObjectNode) config.get("purposes").get(index);
    }

    private static ObjectNode vendor(ObjectNode config, int purpose) {
        return (ObjectNode) ((ArrayNode) purpose(config, purpose).get("vendors")).get(0);
    }

    private static void check(Set<Code> reached, Consumer<ObjectNode> change, Code code, String... arguments)
            throws Exception {
        ObjectNode config = (ObjectNode) CanonicalJson.parse(DemoSite.config());
        change.accept(config);
        check(reached, "shop", CanonicalJson.text(config), code, arguments);
    }

    private static void check(Set<Code> reached, String site, String json, Code code, String... arguments) {
        assertThatThrownBy(() -> SiteConfig.parse(site, json))
                .as(code.id())
                .isInstanceOfSatisfying(ConsentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ConsentException.Reason.INVALID_CONFIG);
                    assertThat(e.configProblem()).hasValue(new ConfigProblem(code, List.of(arguments)));
                    assertThat(e.subject())
                            .isEqualTo(e.configProblem().orElseThrow().text(Language.ENGLISH));
                });
        reached.add(code);
    }
}
