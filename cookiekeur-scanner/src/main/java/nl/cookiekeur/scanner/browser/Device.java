package nl.cookiekeur.scanner.browser;

import java.util.Locale;

/** The kind of device the scan pretends to be: a desktop browser, or a phone (390×844, touch). */
public enum Device {
    DESKTOP(1366, 768, false, 1.0),
    MOBILE(390, 844, true, 3.0);

    private final int width;
    private final int height;
    private final boolean mobile;
    private final double scale;

    Device(int width, int height, boolean mobile, double scale) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
        this.scale = scale;
    }

    /** The viewport width in CSS pixels. */
    public int width() {
        return width;
    }

    /** The viewport height in CSS pixels. */
    public int height() {
        return height;
    }

    /** Whether it is a touch phone. */
    public boolean mobile() {
        return mobile;
    }

    /** The device scale factor. */
    public double scale() {
        return scale;
    }

    /** The viewport as evidence shows it, such as {@code 1366x768} or {@code 390x844 mobile}. */
    public String viewport() {
        return width + "x" + height + (mobile ? " mobile" : "");
    }

    /**
     * A normal Chrome user agent for this device and Chrome major version, without the "HeadlessChrome" that
     * headless Chromium announces (sites hide banners from it).
     */
    public String userAgent(int chromeMajor) {
        String version = String.format(Locale.ROOT, "%d.0.0.0", chromeMajor);
        return mobile
                ? "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + version
                        + " Mobile Safari/537.36"
                : "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + version
                        + " Safari/537.36";
    }
}
