package nl.cookiekeur.web.sites;

import java.util.List;
import java.util.Locale;

/**
 * A series of counts (findings per scan, oldest first) as an SVG polyline drawn on the server: no script, no
 * inline style; the template gives it a class and a text equivalent.
 *
 * @param values the counts, oldest first
 * @param width the drawing's width in SVG units
 * @param height its height
 */
public record Sparkline(List<Integer> values, int width, int height) {
    private static final int WIDTH = 80;
    private static final int HEIGHT = 20;
    private static final int PAD = 2;

    public Sparkline {
        values = List.copyOf(values);
    }

    /** The line of these counts in the default size. */
    public static Sparkline of(List<Integer> values) {
        return new Sparkline(values, WIDTH, HEIGHT);
    }

    /** Whether there are two or more points to draw. */
    public boolean drawable() {
        return values.size() > 1;
    }

    /** The highest count (at least 1). */
    public int max() {
        return Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(1));
    }

    /** The polyline's points, such as {@code 2.0,18.0 40.0,2.0}. */
    public String points() {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            points.append(i == 0 ? "" : " ").append(x(i)).append(',').append(y(values.get(i)));
        }
        return points.toString();
    }

    /** The x of the last point (for its dot). */
    public String lastX() {
        return x(values.size() - 1);
    }

    /** The y of the last point. */
    public String lastY() {
        return values.isEmpty() ? "0" : y(values.getLast());
    }

    /** The first count, or 0. */
    public int first() {
        return values.isEmpty() ? 0 : values.getFirst();
    }

    /** The last count, or 0. */
    public int last() {
        return values.isEmpty() ? 0 : values.getLast();
    }

    /** {@code down} when the last count is lower than the first, {@code up} when higher, else {@code flat}. */
    public String direction() {
        return last() < first() ? "down" : last() > first() ? "up" : "flat";
    }

    private String x(int index) {
        double step = values.size() < 2 ? 0 : (width - 2.0 * PAD) / (values.size() - 1);
        return format(PAD + index * step);
    }

    private String y(int value) {
        return format(height - PAD - (height - 2.0 * PAD) * value / max());
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
