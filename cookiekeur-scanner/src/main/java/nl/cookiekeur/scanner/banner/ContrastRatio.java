package nl.cookiekeur.scanner.banner;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The WCAG 2 contrast ratio between two opaque CSS colours written as {@code rgb(r, g, b)}. */
public final class ContrastRatio {

    private static final Pattern RGB =
            Pattern.compile("rgba?\\(\\s*([0-9.]+)[\\s,]+([0-9.]+)[\\s,]+([0-9.]+)(?:[\\s,/]+[0-9.]+%?)?\\s*\\)");

    private ContrastRatio() {}

    /**
     * The contrast ratio (1 to 21) of the two colours, rounded to two decimals, or empty when either cannot be
     * read.
     */
    public static OptionalDouble of(String foreground, String background) {
        double[] fg = parse(foreground);
        double[] bg = parse(background);
        if (fg.length == 0 || bg.length == 0) {
            return OptionalDouble.empty();
        }
        double a = luminance(fg);
        double b = luminance(bg);
        double ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        return OptionalDouble.of(Math.round(ratio * 100.0) / 100.0);
    }

    /** The relative luminance of an sRGB colour given as three channels 0–255. */
    static double luminance(double[] rgb) {
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    private static double linear(double channel) {
        double c = Math.clamp(channel, 0.0, 255.0) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double[] parse(String css) {
        Matcher m = RGB.matcher(css.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return new double[0];
        }
        try {
            return new double[] {
                Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))
            };
        } catch (NumberFormatException e) {
            return new double[0];
        }
    }
}
