package nl.cookiekeur.scanner.banner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The autoconsent and Consent-O-Matic rules, compiled to the subset the page-side probe interprets: detection
 * (presence and visibility selectors) and role hints for the controls their programs click. The shipped rule files
 * are read unmodified.
 */
final class BannerRules {

    static final String AUTOCONSENT = "autoconsent/rules.json";
    static final String CONSENT_O_MATIC_INDEX = "consent-o-matic/index.txt";
    static final String CONSENT_O_MATIC_DIR = "consent-o-matic/rules/";

    private static final Set<String> DETECT_STEPS = Set.of("exists", "visible", "waitFor", "waitForVisible");
    private static final Set<String> CLICK_STEPS = Set.of("click", "waitForThenClick");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A compiled rule and where it may run. */
    private record Compiled(
            ObjectNode rule,
            @org.jspecify.annotations.Nullable Pattern urlPattern,
            boolean main,
            boolean frame) {}

    private final List<Compiled> rules;
    private final int autoconsentCount;
    private final int consentOMaticCount;

    private BannerRules(List<Compiled> rules, int autoconsentCount, int consentOMaticCount) {
        this.rules = List.copyOf(rules);
        this.autoconsentCount = autoconsentCount;
        this.consentOMaticCount = consentOMaticCount;
    }

    /** Loads and compiles the shipped rule sets. */
    static BannerRules shipped() {
        List<Compiled> siteRules = new ArrayList<>();
        List<Compiled> cmpRules = new ArrayList<>();
        int ac = 0;
        for (JsonNode rule : read(AUTOCONSENT).path("autoconsent")) {
            Compiled compiled = compileAutoconsent(rule);
            if (compiled != null) {
                ac++;
                (compiled.urlPattern() != null ? siteRules : cmpRules).add(compiled);
            }
        }
        List<Compiled> all = new ArrayList<>(siteRules);
        all.addAll(cmpRules);
        int com = 0;
        for (String file : lines(CONSENT_O_MATIC_INDEX)) {
            var fields = read(CONSENT_O_MATIC_DIR + file).properties();
            for (Map.Entry<String, JsonNode> entry : fields) {
                if (entry.getKey().startsWith("$")) {
                    continue;
                }
                Compiled compiled = compileConsentOMatic(entry.getKey(), entry.getValue());
                if (compiled != null) {
                    com++;
                    all.add(compiled);
                }
            }
        }
        return new BannerRules(all, ac, com);
    }

    int autoconsentCount() {
        return autoconsentCount;
    }

    int consentOMaticCount() {
        return consentOMaticCount;
    }

    /** The rules that apply on a page (main frame) or in its iframes, as a JSON array for the probe. */
    ArrayNode forPage(String pageUrl, boolean mainFrame) {
        ArrayNode out = NODES.arrayNode();
        for (Compiled c : rules) {
            if (mainFrame ? !c.main() : !c.frame()) {
                continue;
            }
            if (c.urlPattern() != null && !c.urlPattern().matcher(pageUrl).find()) {
                continue;
            }
            out.add(c.rule());
        }
        return out;
    }

    private static @org.jspecify.annotations.Nullable Compiled compileAutoconsent(JsonNode rule) {
        String name = rule.path("name").asText("");
        if (name.isEmpty()) {
            return null;
        }
        ArrayNode detect = NODES.arrayNode();
        for (JsonNode step : rule.path("detectCmp")) {
            ObjectNode s = detectStep(step);
            if (s == null) {
                return null;
            }
            detect.add(s);
        }
        if (detect.isEmpty()) {
            return null;
        }
        ArrayNode popup = NODES.arrayNode();
        for (JsonNode step : rule.path("detectPopup")) {
            ObjectNode s = detectStep(step);
            if (s != null) {
                popup.add(s);
            }
        }
        Map<String, String> roles = new HashMap<>();
        Set<String> conflicts = new java.util.HashSet<>();
        hints(rule.path("optIn"), "ACCEPT", roles, conflicts);
        hints(rule.path("optOut"), "REJECT", roles, conflicts);
        ArrayNode hints = NODES.arrayNode();
        roles.forEach((selector, role) -> {
            if (!conflicts.contains(selector)) {
                hints.add(NODES.objectNode().put("sel", selector).put("role", role));
            }
        });
        ObjectNode out = NODES.objectNode();
        out.put("id", "autoconsent:" + name).put("cmp", name).put("kind", "ac");
        out.set("detect", detect);
        out.set("popup", popup);
        out.set("hints", hints);
        JsonNode context = rule.path("runContext");
        Pattern url = null;
        if (context.hasNonNull("urlPattern")) {
            try {
                url = Pattern.compile(context.get("urlPattern").asText());
            } catch (PatternSyntaxException e) {
                return null;
            }
        }
        return new Compiled(
                out,
                url,
                context.path("main").asBoolean(true),
                context.path("frame").asBoolean(false));
    }

    private static @org.jspecify.annotations.Nullable ObjectNode detectStep(JsonNode step) {
        for (String kind : DETECT_STEPS) {
            JsonNode selector = step.get(kind);
            if (selector != null && (selector.isTextual() || selector.isArray())) {
                ObjectNode s = NODES.objectNode();
                s.set(kind.equals("exists") || kind.equals("waitFor") ? "exists" : "visible", selector);
                if (step.has("check")) {
                    s.put("check", step.get("check").asText());
                }
                if (step.path("negated").asBoolean(false)) {
                    s.put("negated", true);
                }
                return s;
            }
        }
        return null;
    }

    /** Role hints from an autoconsent program: a lone click is the final choice; a first of several opens settings. */
    private static void hints(JsonNode steps, String finalRole, Map<String, String> roles, Set<String> conflicts) {
        for (List<String> branch : branches(steps, 0)) {
            if (branch.isEmpty()) {
                continue;
            }
            put(roles, conflicts, branch.getLast(), finalRole);
            if (branch.size() > 1) {
                put(roles, conflicts, branch.getFirst(), "SETTINGS");
            }
        }
    }

    private static void put(Map<String, String> roles, Set<String> conflicts, String selector, String role) {
        String before = roles.putIfAbsent(selector, role);
        if (before != null && !before.equals(role)) {
            conflicts.add(selector);
        }
    }

    /** The click sequences of a program, one per if/then/else path (bounded). */
    private static List<List<String>> branches(JsonNode steps, int depth) {
        List<List<String>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        if (depth > 3 || !steps.isArray()) {
            return out;
        }
        for (JsonNode step : steps) {
            if (step.has("if")) {
                List<List<String>> next = new ArrayList<>();
                for (List<String> prefix : out) {
                    for (String arm : List.of("then", "else")) {
                        for (List<String> tail : branches(step.path(arm), depth + 1)) {
                            List<String> joined = new ArrayList<>(prefix);
                            joined.addAll(tail);
                            next.add(joined);
                        }
                    }
                }
                out = next.size() > 16 ? next.subList(0, 16) : next;
                continue;
            }
            for (String kind : CLICK_STEPS) {
                JsonNode sel = step.get(kind);
                if (sel != null && sel.isTextual() && !step.path("all").asBoolean(false)) {
                    out.forEach(b -> b.add(sel.asText()));
                }
            }
        }
        return out;
    }

    private static @org.jspecify.annotations.Nullable Compiled compileConsentOMatic(String name, JsonNode rule) {
        JsonNode detectors = rule.path("detectors");
        if (!detectors.isArray() || detectors.isEmpty()) {
            return null;
        }
        JsonNode detector = detectors.get(0);
        ArrayNode present = cssMatchers(detector.path("presentMatcher"));
        ArrayNode showing = cssMatchers(detector.path("showingMatcher"));
        if (present == null || present.isEmpty() || showing == null) {
            return null;
        }
        ArrayNode hints = NODES.arrayNode();
        for (JsonNode method : rule.path("methods")) {
            String role = switch (method.path("name").asText("")) {
                case "OPEN_OPTIONS" -> "SETTINGS";
                case "SAVE_CONSENT" -> "SAVE";
                default -> "";
            };
            if (!role.isEmpty()) {
                collectClicks(method.path("action"), role, hints, 0);
            }
        }
        ObjectNode out = NODES.objectNode();
        out.put("id", "consent-o-matic:" + name).put("cmp", name).put("kind", "com");
        out.set("present", present);
        out.set("showing", showing);
        out.set("hints", hints);
        return new Compiled(out, null, true, true);
    }

    private static @org.jspecify.annotations.Nullable ArrayNode cssMatchers(JsonNode matchers) {
        ArrayNode out = NODES.arrayNode();
        if (matchers.isMissingNode()) {
            return out;
        }
        JsonNode list = matchers.isArray() ? matchers : NODES.arrayNode().add(matchers);
        for (JsonNode m : list) {
            if (!"css".equals(m.path("type").asText()) || !m.path("target").has("selector")) {
                return null;
            }
            out.add(m);
        }
        return out;
    }

    private static void collectClicks(JsonNode action, String role, ArrayNode hints, int depth) {
        if (depth > 6 || action.isMissingNode()) {
            return;
        }
        switch (action.path("type").asText("")) {
            case "click" -> {
                if (action.path("target").has("selector")) {
                    ObjectNode hint = NODES.objectNode().put("role", role);
                    hint.set("target", action.get("target"));
                    if (action.has("parent")) {
                        hint.set("parent", action.get("parent"));
                    }
                    hints.add(hint);
                }
            }
            case "list" -> action.path("actions").forEach(a -> collectClicks(a, role, hints, depth + 1));
            case "ifcss" -> {
                collectClicks(action.path("trueAction"), role, hints, depth + 1);
                collectClicks(action.path("falseAction"), role, hints, depth + 1);
            }
            default -> {}
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = open(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read banner rules " + resource, e);
        }
    }

    private static List<String> lines(String resource) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        return Objects.requireNonNull(BannerRules.class.getResourceAsStream(resource), resource);
    }
}
