package nl.cookiekeur.evidence;

/**
 * A rectangle on the screen in CSS pixels, rounded to whole pixels.
 *
 * @param x the left edge
 * @param y the top edge
 * @param width the width, never negative
 * @param height the height, never negative
 */
public record ScreenBox(int x, int y, int width, int height) {

    public ScreenBox {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a box has no negative size: " + width + "x" + height);
        }
    }
}
