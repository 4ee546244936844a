package nl.cookiekeur.evidence;

import java.util.Objects;

/**
 * A clickable control in a banner layer, with what a visitor sees of it.
 *
 * @param layer 1 for the first layer, 2 for the settings layer
 * @param role what it does
 * @param text its visible text (untrusted, bounded)
 * @param elementType the element ({@code button}, {@code a}, {@code input}, {@code div}, …)
 * @param ariaRole the ARIA role, empty when none
 * @param width its width in CSS pixels
 * @param height its height in CSS pixels
 * @param color the computed text colour ({@code rgb(…)})
 * @param background the effective background colour behind it ({@code rgb(…)})
 * @param contrastRatio the WCAG contrast ratio of text against background (1–21)
 * @param fontSizePx the computed font size
 * @param fontWeight the computed font weight (100–900)
 * @param inlineLink whether it is a link inside running text rather than a button
 * @param insideBanner whether it sits inside the banner's box (not elsewhere on the page)
 */
public record BannerControl(
        int layer,
        ControlRole role,
        String text,
        String elementType,
        String ariaRole,
        double width,
        double height,
        String color,
        String background,
        double contrastRatio,
        double fontSizePx,
        int fontWeight,
        boolean inlineLink,
        boolean insideBanner) {

    public BannerControl {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(elementType, "elementType");
        Objects.requireNonNull(ariaRole, "ariaRole");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(background, "background");
    }

    /** The area in square CSS pixels. */
    public double area() {
        return width * height;
    }
}
