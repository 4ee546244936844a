package nl.cookiekeur.reporting.html;

import java.util.Optional;
import nl.cookiekeur.evidence.ControlShot;
import nl.cookiekeur.evidence.ScreenBox;
import nl.cookiekeur.reporting.view.Words;

/**
 * The banner as it was just before the scanner used a control: the cropped screenshot in an inline SVG, with a
 * rectangle around the control that was clicked, so an owner sees at once which button the verdict is about.
 */
final class ControlShotHtml {
    private ControlShotHtml() {}

    static void write(HtmlWriter html, ControlShot shot, String control, Screenshots screenshots, Words words) {
        Optional<EmbeddedImage> image = screenshots.get(shot.file());
        if (image.isEmpty() || screenshots.shownBefore(shot.file()).isPresent()) {
            if (image.isEmpty()) {
                html.element("p", "missing", words.get("screenshot.missing", shot.file()));
            }
            return;
        }
        ScreenBox size = shot.image();
        ScreenBox mark = shot.control();
        String label = words.get("choice.controlShot.alt", control);
        html.open("figure").css("screenshot control-shot").attr("id", "shot-" + screenshots.anchor(shot.file()));
        html.open("svg")
                .attr("viewBox", "0 0 " + size.width() + " " + size.height())
                .attr("width", Integer.toString(size.width()))
                .attr("role", "img")
                .attr("aria-label", label);
        html.open("image")
                .attr("width", Integer.toString(size.width()))
                .attr("height", Integer.toString(size.height()))
                .svgImageData(image.get())
                .close();
        int pad = 3;
        html.open("rect")
                .css("control-mark")
                .attr("x", Integer.toString(Math.max(0, mark.x() - pad)))
                .attr("y", Integer.toString(Math.max(0, mark.y() - pad)))
                .attr("width", Integer.toString(mark.width() + 2 * pad))
                .attr("height", Integer.toString(mark.height() + 2 * pad))
                .attr("rx", "4")
                .close();
        html.close();
        html.element("figcaption", words.get("choice.controlShot.caption", control, shot.file()));
        html.close();
    }
}
