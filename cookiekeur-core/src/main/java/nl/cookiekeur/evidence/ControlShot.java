package nl.cookiekeur.evidence;

import java.util.Objects;

/**
 * A screenshot of a consent banner taken just before the scanner used one of its controls: cropped to the
 * banner (with a small margin, within the viewport), and with the rectangle of the control that was used, so
 * a report can mark it.
 *
 * @param file the path relative to the evidence folder, such as {@code screenshots/reject-003-control.png}
 * @param image the cropped area in CSS pixels of the viewport ({@code x}, {@code y} where it was cut)
 * @param control the control's rectangle in CSS pixels, relative to the top left corner of the image
 */
public record ControlShot(String file, ScreenBox image, ScreenBox control) {

    public ControlShot {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(control, "control");
    }
}
