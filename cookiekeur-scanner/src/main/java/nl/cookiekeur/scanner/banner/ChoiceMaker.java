package nl.cookiekeur.scanner.banner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.ControlShot;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanNote;
import org.jspecify.annotations.Nullable;

/** Makes a consent choice through a found banner, layer by layer, and records how. */
final class ChoiceMaker {

    /** Selectors of persistent controls known consent platforms leave on the page to reopen the choice. */
    static final List<String> REOPEN_SELECTORS = List.of(
            "#tarteaucitronManager",
            "#tarteaucitronIcon button",
            "[data-cc=show-preferencesModal]",
            "[data-cc=c-settings]",
            "#ot-sdk-btn",
            ".ot-floating-button__open",
            ".cky-btn-revisit",
            ".cmplz-manage-consent",
            "#CookiebotWidget .CookiebotWidget-logo",
            "a[href*='javascript:Cookiebot.renew']",
            "a[onclick*='klaro.show']",
            "[data-klaro-trigger]",
            ".termly-display-preferences",
            ".iubenda-cs-preferences-link");

    /** Script APIs of known consent platforms that reopen the choice: a guard and the call. */
    private static final List<String[]> REOPEN_APIS = List.of(
            new String[] {"window.CookieConsent && CookieConsent.showPreferences", "CookieConsent.showPreferences()"},
            new String[] {"window.klaro && klaro.show", "klaro.show()"},
            new String[] {"window.orejime && orejime.prompt", "orejime.prompt()"},
            new String[] {
                "window.tarteaucitron && tarteaucitron.userInterface && tarteaucitron.userInterface.openPanel",
                "tarteaucitron.userInterface.openPanel()"
            },
            new String[] {"window.Cookiebot && Cookiebot.renew", "Cookiebot.renew()"},
            new String[] {"window.OneTrust && OneTrust.ToggleInfoDisplay", "OneTrust.ToggleInfoDisplay()"},
            new String[] {"window.UC_UI && UC_UI.showSecondLayer", "UC_UI.showSecondLayer()"},
            new String[] {"window.Didomi && Didomi.preferences && Didomi.preferences.show", "Didomi.preferences.show()"
            },
            new String[] {"window.revisitCkyConsent", "revisitCkyConsent()"},
            new String[] {
                "window._iub && _iub.cs && _iub.cs.api && _iub.cs.api.openPreferences", "_iub.cs.api.openPreferences()"
            },
            new String[] {
                "window.CookieScript && CookieScript.instance && CookieScript.instance.show",
                "CookieScript.instance.show()"
            });

    private static final int MAX_STEPS = 40;
    private static final long SETTLE_QUIET_MS = 400;
    private static final long SETTLE_MAX_MS = 1500;
    private static final long LAYER2_MAX_MS = 2500;
    private static final long CONFIRM_MAX_MS = 2000;
    /** After clicking a control that should reopen the choice: at least 0.3 s, until still for 0.6 s, at most 2.5 s. */
    private static final BannerSearch.Wait REOPEN = new BannerSearch.Wait(300, 0, 600, 2500);

    private final BannerSearch search;
    private final BannerOperator operator;

    ChoiceMaker(BannerSearch search, BannerOperator operator) {
        this.search = search;
        this.operator = operator;
    }

    /** What was clicked and toggled so far. */
    private static final class Steps {
        final List<String> texts = new ArrayList<>();
        int interactions;
        final List<ScanNote> notes = new ArrayList<>();

        void click(JsonNode control) {
            if (texts.size() < MAX_STEPS) {
                texts.add(BannerOperator.bound(control.path("text").asText(""), 200));
            }
            interactions++;
        }

        void note(ScanNote note) {
            if (notes.size() < MAX_STEPS) {
                notes.add(note);
            }
        }
    }

    ConsentChoice choose(Page page, Phase phase, String pageUrl, ScreenshotTaker shots, ControlRole want) {
        BannerSearch.Located found = search.find(page, pageUrl, BannerOperator.FIND);
        if (found == null) {
            return new ConsentChoice(phase, pageUrl, ChoiceOutcome.NO_BANNER, 0, List.of(), 0, null, "");
        }
        return decide(page, phase, pageUrl, shots, found, want, new Steps(), 1);
    }

    /** Makes the choice starting at the shown layer (numbered {@code layer}), opening settings when needed. */
    private ConsentChoice decide(
            Page page,
            Phase phase,
            String pageUrl,
            ScreenshotTaker shots,
            BannerSearch.Located found,
            ControlRole want,
            Steps steps,
            int layer) {
        FrameProbe probe = found.probe();
        BannerSearch.settle(probe, SETTLE_QUIET_MS, SETTLE_MAX_MS);
        JsonNode banner = found.banner();
        JsonNode direct = operator.firstWithRole(banner.path("controls"), want);
        if (direct != null) {
            return finish(page, phase, pageUrl, shots, probe, direct, banner.path("controls"), steps, layer);
        }
        JsonNode save = operator.firstWithRole(banner.path("controls"), ControlRole.SAVE);
        if (save != null && !banner.path("toggles").isEmpty()) {
            setToggles(probe, banner.path("toggles"), want, steps);
            return finish(page, phase, pageUrl, shots, probe, save, banner.path("controls"), steps, layer);
        }
        JsonNode settings = operator.firstWithRole(banner.path("controls"), ControlRole.SETTINGS);
        if (settings == null) {
            steps.note(
                    want == ControlRole.REJECT
                            ? ScanNote.of("choice.noControl.reject")
                            : ScanNote.of("choice.noControl.accept"));
            return outcome(phase, pageUrl, ChoiceOutcome.NO_CONTROL, 0, steps, null);
        }
        if (!probe.click(settings.path("id").asText())) {
            steps.note(ScanNote.of("choice.settingsNotClicked"));
            return outcome(phase, pageUrl, ChoiceOutcome.FAILED, layer, steps, null);
        }
        steps.click(settings);
        JsonNode layer2 = waitForLayer2(probe);
        JsonNode direct2 = operator.firstWithRole(layer2.path("controls"), want);
        if (direct2 != null) {
            return finish(page, phase, pageUrl, shots, probe, direct2, layer2.path("controls"), steps, layer + 1);
        }
        JsonNode save2 = operator.firstWithRole(layer2.path("controls"), ControlRole.SAVE);
        if (save2 == null && want == ControlRole.REJECT) {
            // a settings layer whose only way out is "accept" saves the selection under that name
            save2 = operator.firstWithRole(layer2.path("controls"), ControlRole.ACCEPT);
            if (save2 != null && !layer2.path("toggles").isEmpty()) {
                steps.note(ScanNote.of("choice.savedWithAccept"));
            } else {
                save2 = null;
            }
        }
        if (save2 == null) {
            steps.note(ScanNote.of("choice.noSaveControl"));
            return outcome(phase, pageUrl, ChoiceOutcome.NO_CONTROL, layer + 1, steps, null);
        }
        setToggles(probe, layer2.path("toggles"), want, steps);
        return finish(page, phase, pageUrl, shots, probe, save2, layer2.path("controls"), steps, layer + 1);
    }

    private void setToggles(FrameProbe probe, JsonNode toggles, ControlRole want, Steps steps) {
        for (JsonNode t : FrameProbe.list(toggles)) {
            if (t.path("disabled").asBoolean(false)) {
                continue;
            }
            String label = t.path("label").asText("");
            String id = t.path("id").asText();
            // read the state again: a master switch ("alle diensten") may have changed the others
            String state = probe.call("toggleState", id).asText("gone");
            if (state.equals("gone")) {
                continue;
            }
            boolean on = state.equals("on");
            boolean target = want == ControlRole.ACCEPT || (Wording.necessary(label) && on);
            if (on != target && probe.toggle(id)) {
                steps.interactions++;
            }
        }
    }

    private ConsentChoice finish(
            Page page,
            Phase phase,
            String pageUrl,
            ScreenshotTaker shots,
            FrameProbe probe,
            JsonNode control,
            JsonNode layerControls,
            Steps steps,
            int layer) {
        String id = control.path("id").asText();
        ControlShot before = BannerShots.beforeClick(shots, page, probe, id, "control");
        if (!probe.click(id)) {
            steps.note(ScanNote.of("choice.notClicked"));
            return outcome(phase, pageUrl, ChoiceOutcome.FAILED, layer, steps, null, before);
        }
        steps.click(control);
        boolean closed = confirmClosed(probe, id);
        JsonNode save = closed ? null : operator.firstWithRole(layerControls, ControlRole.SAVE);
        if (save != null
                && !save.path("id").asText().equals(id)
                && probe.click(save.path("id").asText())) {
            // some settings layers (Orejime's) only set every toggle with "reject all" and keep it until saved
            steps.click(save);
            steps.note(ScanNote.of(
                    "choice.savedAfter", BannerOperator.bound(save.path("text").asText(""), 80)));
            closed = confirmClosed(probe, save.path("id").asText());
        }
        JsonNode close = closed ? null : operator.firstWithRole(layerControls, ControlRole.CLOSE);
        if (close != null && probe.click(close.path("id").asText())) {
            // some panels (tarteaucitron's) record the choice but stay open until closed
            steps.click(close);
            steps.note(ScanNote.of(
                    "choice.closedAfter",
                    BannerOperator.bound(close.path("text").asText(""), 80)));
            closed = confirmClosed(probe, id);
        } else if (!closed && probe.flag("isVisible", id) && probe.click(id)) {
            // a banner still wiring its buttons may ignore the first click: one more, recorded
            steps.click(control);
            steps.note(ScanNote.of("choice.clickedTwice"));
            closed = confirmClosed(probe, id);
        }
        String shot = BannerOperator.take(shots, page, "after-choice");
        if (!closed) {
            steps.note(ScanNote.of("choice.stillVisible"));
            return outcome(phase, pageUrl, ChoiceOutcome.FAILED, layer, steps, shot, before);
        }
        return outcome(phase, pageUrl, ChoiceOutcome.MADE, layer, steps, shot, before);
    }

    private static boolean confirmClosed(FrameProbe probe, String clickedId) {
        long start = System.nanoTime();
        while ((System.nanoTime() - start) / 1_000_000 < CONFIRM_MAX_MS) {
            if (!probe.flag("isVisible", clickedId) && !probe.flag("boxVisible")) {
                return true;
            }
            BannerSearch.sleep(150);
        }
        return false;
    }

    /** Waits for the settings layer to show and settle; returns the probe's description of it. */
    JsonNode waitForLayer2(FrameProbe probe) {
        long start = System.nanoTime();
        JsonNode last = MissingNode.getInstance();
        int lastSize = -1;
        while ((System.nanoTime() - start) / 1_000_000 < LAYER2_MAX_MS) {
            BannerSearch.sleep(200);
            JsonNode layer2 = probe.call("layer2");
            int size = layer2.path("controls").size() + layer2.path("toggles").size();
            if (size > 0 && size == lastSize) {
                return layer2;
            }
            last = layer2;
            lastSize = size;
        }
        return last;
    }

    /** Closes an opened settings layer without saving: Escape, else its close control. */
    String closeWithoutSaving(Page page, FrameProbe probe, JsonNode layer2) {
        List<JsonNode> controls = FrameProbe.list(layer2.path("controls"));
        try {
            page.keyboard().press("Escape");
        } catch (PlaywrightException e) {
            return "could not press Escape";
        }
        BannerSearch.sleep(300);
        if (controls.stream()
                .noneMatch(c -> probe.flag("isVisible", c.path("id").asText()))) {
            return "";
        }
        for (JsonNode c : controls) {
            if (operator.role(c) == ControlRole.CLOSE
                    && probe.click(c.path("id").asText())) {
                BannerSearch.sleep(300);
                return "";
            }
        }
        return "the settings layer stayed open";
    }

    ConsentChoice withdraw(Page page, Phase phase, String pageUrl, ScreenshotTaker shots) {
        Steps steps = new Steps();
        BannerSearch.Located showing = search.find(page, pageUrl, BannerSearch.Wait.ONCE);
        if (showing != null) {
            steps.note(ScanNote.of("choice.stillShowing"));
            return decide(page, phase, pageUrl, shots, showing, ControlRole.REJECT, steps, 1);
        }
        for (FrameProbe probe : search.probes(page, pageUrl)) {
            for (JsonNode candidate :
                    FrameProbe.list(probe.call("reopeners")).stream().limit(3).toList()) {
                if (!probe.click(candidate.path("id").asText())) {
                    continue;
                }
                steps.click(candidate);
                BannerSearch.Located reopened = search.find(page, pageUrl, REOPEN);
                if (reopened != null) {
                    steps.note(ScanNote.of(
                            "choice.reopenedControl",
                            BannerOperator.bound(candidate.path("text").asText(""), 80)));
                    return decide(page, phase, pageUrl, shots, reopened, ControlRole.REJECT, steps, layerOf(reopened));
                }
            }
        }
        for (String[] api : REOPEN_APIS) {
            if (callApi(page, api)) {
                BannerSearch.Located reopened = search.find(page, pageUrl, REOPEN);
                if (reopened != null) {
                    steps.note(ScanNote.of("choice.reopenedApi", api[1]));
                    return decide(page, phase, pageUrl, shots, reopened, ControlRole.REJECT, steps, layerOf(reopened));
                }
            }
        }
        steps.note(ScanNote.of("choice.notReopened"));
        return outcome(phase, pageUrl, ChoiceOutcome.NO_CONTROL, 0, steps, null);
    }

    private static int layerOf(BannerSearch.Located reopened) {
        return reopened.banner().path("toggles").isEmpty() ? 1 : 2;
    }

    private static boolean callApi(Page page, String[] api) {
        String js = "() => { try { if (" + api[0] + ") { " + api[1] + "; return true; } } catch (e) {} return false; }";
        try {
            return Boolean.TRUE.equals(page.evaluate(js));
        } catch (PlaywrightException e) {
            return false;
        }
    }

    private static ConsentChoice outcome(
            Phase phase, String pageUrl, ChoiceOutcome outcome, int layer, Steps steps, @Nullable String shot) {
        return outcome(phase, pageUrl, outcome, layer, steps, shot, null);
    }

    private static ConsentChoice outcome(
            Phase phase,
            String pageUrl,
            ChoiceOutcome outcome,
            int layer,
            Steps steps,
            @Nullable String shot,
            @Nullable ControlShot before) {
        return new ConsentChoice(
                phase, pageUrl, outcome, layer, steps.texts, steps.interactions, shot, steps.notes, before);
    }
}
