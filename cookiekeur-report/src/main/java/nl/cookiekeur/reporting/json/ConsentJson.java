package nl.cookiekeur.reporting.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.BannerToggle;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.ControlShot;
import nl.cookiekeur.evidence.ScreenBox;

/** The consent banner of a phase and the choice made on it, as {@code report.json} writes them. */
final class ConsentJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConsentJson() {}

    static ObjectNode banner(BannerObservation banner) {
        ObjectNode node = NODES.objectNode();
        node.put("pageUrl", banner.pageUrl());
        node.put("found", banner.found());
        node.put("detector", banner.detector());
        node.put("cmp", banner.cmp());
        var location = banner.location();
        node.put("location", location == null ? null : location.name().toLowerCase(Locale.ROOT));
        node.put("frameUrl", banner.frameUrl());
        node.put("language", banner.language());
        node.put("blocksPage", banner.blocksPage());
        node.put("declaresPurposes", banner.declaresPurposes());
        node.put("declaresParties", banner.declaresParties());
        node.put("settingsLayerOpened", banner.settingsLayerOpened());
        node.put("rejectOnFirstLayer", banner.layer(1).stream().anyMatch(c -> c.role() == ControlRole.REJECT));
        node.put("text", banner.text());
        ArrayNode controls = node.putArray("controls");
        for (BannerControl control : banner.controls()) {
            ObjectNode c = controls.addObject();
            c.put("layer", control.layer());
            c.put("role", control.role().name().toLowerCase(Locale.ROOT));
            c.put("text", control.text());
            c.put("elementType", control.elementType());
            c.put("width", control.width());
            c.put("height", control.height());
            c.put("contrastRatio", control.contrastRatio());
            c.put("fontSizePx", control.fontSizePx());
            c.put("fontWeight", control.fontWeight());
            c.put("inlineLink", control.inlineLink());
        }
        ArrayNode toggles = node.putArray("toggles");
        for (BannerToggle toggle : banner.toggles()) {
            ObjectNode t = toggles.addObject();
            t.put("layer", toggle.layer());
            t.put("label", toggle.label());
            t.put("checked", toggle.checked());
            t.put("disabled", toggle.disabled());
            t.put("legitimateInterest", toggle.legitimateInterest());
        }
        node.put("screenshot", banner.screenshot());
        return node;
    }

    static ObjectNode choice(ConsentChoice choice) {
        ObjectNode node = NODES.objectNode();
        node.put("outcome", choice.outcome().name().toLowerCase(Locale.ROOT));
        node.put("pageUrl", choice.pageUrl());
        node.put("layer", choice.layer());
        ArrayNode steps = node.putArray("steps");
        choice.steps().forEach(steps::add);
        node.put("interactions", choice.interactions());
        node.put("note", choice.note());
        node.put("screenshot", choice.screenshot());
        ControlShot shot = choice.controlShot();
        if (shot == null) {
            node.putNull("controlScreenshot");
        } else {
            ObjectNode control = node.putObject("controlScreenshot");
            control.put("file", shot.file());
            box(control.putObject("image"), shot.image());
            box(control.putObject("control"), shot.control());
        }
        return node;
    }

    private static void box(ObjectNode node, ScreenBox box) {
        node.put("x", box.x());
        node.put("y", box.y());
        node.put("width", box.width());
        node.put("height", box.height());
    }
}
