package nl.cookiekeur.evidence;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Describes one banner observation for {@link EvidenceBuilder}. Defaults: found by the generic detector,
 * Dutch text that names purposes and parties, not blocking the page, settings layer not opened.
 */
public final class BannerBuilder {
    private final EvidenceBuilder parent;
    private final Phase phase;
    private final String page;
    private String text = "Wij gebruiken cookies voor statistiek en advertenties, samen met onze partners.";
    private String language = "nl";
    private boolean blocksPage;
    private boolean purposes = true;
    private boolean parties = true;
    private boolean settingsOpened;
    private @Nullable String cmp;
    private @Nullable String screenshot;
    private final List<BannerControl> controls = new ArrayList<>();
    private final List<BannerToggle> toggles = new ArrayList<>();

    BannerBuilder(EvidenceBuilder parent, Phase phase, String page) {
        this.parent = parent;
        this.phase = phase;
        this.page = page;
    }

    /** A plain button: 120×40 px, 16 px, weight 600, contrast 7, white on green. */
    public BannerBuilder button(int layer, ControlRole role, String label) {
        return control(new BannerControl(
                layer,
                role,
                label,
                "button",
                "",
                120,
                40,
                "rgb(255, 255, 255)",
                "rgb(0, 110, 60)",
                7,
                16,
                600,
                false,
                true));
    }

    /** A control given in full. */
    public BannerBuilder control(BannerControl control) {
        controls.add(control);
        return this;
    }

    /** A purpose switch in the state first shown. */
    public BannerBuilder toggle(int layer, String label, boolean checked) {
        toggles.add(new BannerToggle(layer, label, checked, false, false));
        return this;
    }

    /** A switch given in full. */
    public BannerBuilder toggle(BannerToggle toggle) {
        toggles.add(toggle);
        return this;
    }

    /** The first layer's text and its language. */
    public BannerBuilder text(String bannerText, String bannerLanguage) {
        this.text = bannerText;
        this.language = bannerLanguage;
        return this;
    }

    /** Whether the first layer names purposes and who processes. */
    public BannerBuilder declares(boolean namesPurposes, boolean namesParties) {
        this.purposes = namesPurposes;
        this.parties = namesParties;
        return this;
    }

    /** The banner covers the page and blocks it. */
    public BannerBuilder blocksPage() {
        this.blocksPage = true;
        return this;
    }

    /** The scanner opened the settings layer. */
    public BannerBuilder settingsOpened() {
        this.settingsOpened = true;
        return this;
    }

    /** The consent platform a rule recognised. */
    public BannerBuilder cmp(String name) {
        this.cmp = name;
        return this;
    }

    /** A screenshot of the banner. */
    public BannerBuilder screenshot(String file) {
        this.screenshot = file;
        return this;
    }

    /** Adds the observation and returns to the evidence builder. */
    public EvidenceBuilder done() {
        parent.addBanner(new BannerObservation(
                phase,
                page,
                true,
                cmp == null ? "generic" : "autoconsent:" + cmp,
                cmp,
                BannerLocation.MAIN_FRAME,
                null,
                text,
                language,
                blocksPage,
                purposes,
                parties,
                controls,
                toggles,
                settingsOpened,
                screenshot));
        return parent;
    }
}
