package nl.cookiekeur.scanner.banner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.BannerToggle;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.Phase;
import org.jspecify.annotations.Nullable;

/**
 * Finds, describes and operates a page's consent banner: in the main frame, in iframes and in open shadow roots, by
 * the autoconsent and Consent-O-Matic rules or, for unknown banners, by a generic detector with Dutch and English
 * wording. Every method is bounded in time and never throws for site behaviour; what happened is recorded in the
 * returned evidence. Instances are immutable and may be shared; a {@link Page} must be used by one thread at a time.
 */
public final class BannerOperator {

    static final int MAX_TEXT = 2000;
    /**
     * Looking for a banner on a freshly loaded page: until the document is 2 s old and has been still for 0.9 s
     * (no DOM change, no resource finishing), at most 3.5 s.
     */
    static final BannerSearch.Wait FIND = new BannerSearch.Wait(0, 2000, 900, 3500);

    /** Everything the probes need: the script, the compiled rules and the word lists. */
    static final class Setup {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final String key;
        private final String script;
        private final BannerRules rules;
        private final Map<String, String> configs = new ConcurrentHashMap<>();

        Setup(String script, BannerRules rules) {
            byte[] random = new byte[6];
            new SecureRandom().nextBytes(random);
            this.key = "__cookiekeurBanner_" + HexFormat.of().formatHex(random);
            this.script = script;
            this.rules = rules;
        }

        String key() {
            return key;
        }

        String script() {
            return script;
        }

        /** The probe's configuration for a page (main frame or iframes) as JSON text, cached per page. */
        String config(String pageUrl, boolean main) {
            if (configs.size() > 64) {
                configs.clear();
            }
            return configs.computeIfAbsent((main ? "M " : "F ") + pageUrl, k -> {
                ObjectNode cfg = JSON.createObjectNode();
                cfg.put("cookieWords", Wording.COOKIE_WORDS);
                cfg.put("buttonWords", Wording.BUTTON_WORDS);
                cfg.put("dataNoticeWords", Wording.DATA_NOTICE_WORDS);
                cfg.put("consentAcceptWords", Wording.CONSENT_ACCEPT_WORDS);
                cfg.put("consentRefuseWords", Wording.CONSENT_REFUSE_WORDS);
                cfg.put("reopenWords", Wording.REOPEN_WORDS);
                cfg.put("policyWords", Wording.POLICY_WORDS);
                cfg.put("legitimateInterestWords", Wording.LEGITIMATE_INTEREST_WORDS);
                cfg.set("reopenSelectors", JSON.valueToTree(ChoiceMaker.REOPEN_SELECTORS));
                cfg.set("rules", rules.forPage(pageUrl, main));
                return cfg.toString();
            });
        }
    }

    private static final class Shipped {
        static final BannerOperator INSTANCE = load();
    }

    private final ButtonTexts texts;
    private final BannerSearch search;
    private final ChoiceMaker choices;

    private BannerOperator(Setup setup, ButtonTexts texts) {
        this.texts = texts;
        this.search = new BannerSearch(setup);
        this.choices = new ChoiceMaker(search, this);
    }

    /** The operator with the shipped rules and texts, loaded once. */
    public static BannerOperator shipped() {
        return Shipped.INSTANCE;
    }

    private static BannerOperator load() {
        String script;
        try (InputStream in = Objects.requireNonNull(
                BannerOperator.class.getResourceAsStream("banner-probe.js"), "banner-probe.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BannerOperator(new Setup(script, BannerRules.shipped()), ButtonTexts.shipped());
    }

    /**
     * Looks for the banner (waiting up to a few seconds for one that appears late) and describes it; with
     * {@code openSettings}, also opens its settings layer, records it and closes it again without saving.
     */
    public BannerObservation observe(
            Page page, Phase phase, String pageUrl, boolean openSettings, ScreenshotTaker shots) {
        BannerSearch.Located found = search.find(page, pageUrl, FIND);
        if (found == null) {
            return new BannerObservation(
                    phase, pageUrl, false, "", null, null, null, "", "", false, false, false, List.of(), List.of(),
                    false, null);
        }
        JsonNode banner = found.banner();
        List<BannerControl> controls = new ArrayList<>(controls(banner.path("controls"), 1));
        List<BannerToggle> toggles = new ArrayList<>(toggles(banner.path("toggles"), 1));
        String screenshot = BannerShots.banner(shots, page, found.probe(), "banner");
        boolean opened = false;
        if (openSettings) {
            JsonNode settings = firstWithRole(banner.path("controls"), ControlRole.SETTINGS);
            if (settings != null && found.probe().click(settings.path("id").asText())) {
                JsonNode layer2 = choices.waitForLayer2(found.probe());
                if (!layer2.path("controls").isEmpty()
                        || !layer2.path("toggles").isEmpty()) {
                    opened = true;
                    controls.addAll(controls(layer2.path("controls"), 2));
                    toggles.addAll(toggles(layer2.path("toggles"), 2));
                    BannerShots.banner(shots, page, found.probe(), "settings");
                    choices.closeWithoutSaving(page, found.probe(), layer2);
                }
            }
        }
        String text = bound(banner.path("text").asText(""), MAX_TEXT);
        String cmp = banner.path("cmp").asText("");
        boolean blocks = banner.path("coverage").asDouble(0) >= 0.75
                && (banner.path("scrollLocked").asBoolean(false)
                        || banner.path("coverage").asDouble(0) >= 0.95);
        return new BannerObservation(
                phase,
                pageUrl,
                true,
                bound(banner.path("detector").asText("generic"), 200),
                cmp.isEmpty() ? null : bound(cmp, 200),
                found.location(),
                found.frameUrl(),
                text,
                Wording.language(text),
                blocks,
                Wording.declaresPurposes(text),
                Wording.declaresParties(text),
                controls,
                toggles,
                opened,
                screenshot);
    }

    /** Accepts all: on the first layer, else in the settings layer (everything on, then save). */
    public ConsentChoice accept(Page page, Phase phase, String pageUrl, ScreenshotTaker shots) {
        return choices.choose(page, phase, pageUrl, shots, ControlRole.ACCEPT);
    }

    /**
     * Refuses: the most direct refusal on the first layer, else in the settings layer (every non-necessary purpose
     * off, legitimate-interest objections made, then save).
     */
    public ConsentChoice reject(Page page, Phase phase, String pageUrl, ScreenshotTaker shots) {
        return choices.choose(page, phase, pageUrl, shots, ControlRole.REJECT);
    }

    /**
     * Reopens the choice (a persistent link or icon, else a known consent platform's script API) and refuses there;
     * {@code NO_CONTROL} when nothing reopens it.
     */
    public ConsentChoice withdraw(Page page, Phase phase, String pageUrl, ScreenshotTaker shots) {
        return choices.withdraw(page, phase, pageUrl, shots);
    }

    /**
     * The role of a control described by the probe: its wording first, else the rule's hint. A disclosure button
     * (one that expands a section, such as "Noodzakelijke cookies" in a settings layer) neither accepts nor
     * refuses.
     */
    ControlRole role(JsonNode control) {
        ControlRole byText = texts.classify(control.path("text").asText(""));
        if (control.path("expander").asBoolean(false)
                && (byText == ControlRole.ACCEPT || byText == ControlRole.REJECT)) {
            byText = ControlRole.OTHER;
        }
        String hint = control.path("hint").asText("");
        if (byText == ControlRole.ACCEPT
                || byText == ControlRole.REJECT
                || byText == ControlRole.SETTINGS
                || byText == ControlRole.SAVE
                || hint.isEmpty()) {
            return byText;
        }
        try {
            return ControlRole.valueOf(hint);
        } catch (IllegalArgumentException e) {
            return byText;
        }
    }

    /**
     * The control to use for a role: the first with that role, preferring wording that states the choice outright
     * ("Alles weigeren" over "Noodzakelijke cookies", "Alles accepteren" over "Akkoord").
     */
    @Nullable
    JsonNode firstWithRole(JsonNode controls, ControlRole role) {
        JsonNode best = null;
        int bestScore = -1;
        for (JsonNode c : FrameProbe.list(controls)) {
            if (role(c) != role) {
                continue;
            }
            int score = Wording.outright(role, c.path("text").asText("")) ? 1 : 0;
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    List<BannerControl> controls(JsonNode raw, int layer) {
        List<BannerControl> out = new ArrayList<>();
        for (JsonNode c : FrameProbe.list(raw)) {
            String color = bound(c.path("color").asText(""), 40);
            String background = bound(c.path("background").asText(""), 40);
            out.add(new BannerControl(
                    layer,
                    role(c),
                    bound(c.path("text").asText(""), 200),
                    bound(c.path("tag").asText(""), 20),
                    bound(c.path("ariaRole").asText(""), 40),
                    finite(c.path("width").asDouble(0)),
                    finite(c.path("height").asDouble(0)),
                    color,
                    background,
                    ContrastRatio.of(color, background).orElse(0),
                    finite(c.path("fontSize").asDouble(0)),
                    Math.clamp(c.path("fontWeight").asInt(400), 1, 1000),
                    c.path("inlineLink").asBoolean(false),
                    c.path("insideBanner").asBoolean(false)));
        }
        return out;
    }

    static List<BannerToggle> toggles(JsonNode raw, int layer) {
        List<BannerToggle> out = new ArrayList<>();
        for (JsonNode t : FrameProbe.list(raw)) {
            out.add(new BannerToggle(
                    layer,
                    bound(t.path("label").asText(""), 200),
                    t.path("checked").asBoolean(false),
                    t.path("disabled").asBoolean(false),
                    t.path("legitimateInterest").asBoolean(false)));
        }
        return out;
    }

    static @Nullable String take(ScreenshotTaker shots, Page page, String moment) {
        try {
            return shots.take(page, moment);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String bound(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? Math.max(0, Math.min(v, 100_000)) : 0;
    }
}
