package nl.cookiekeur.web.consent;

import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.consent.DailyChoices;

/**
 * The consent log as a stacked bar chart drawn on the server (inline SVG, no script, no inline style): one bar
 * per day, accept at the bottom, then reject, settings and withdraw.
 *
 * @param width the chart's width in SVG units
 * @param height the chart's height in SVG units
 * @param max the largest day total, the top of the scale
 * @param bars the rectangles to draw
 */
public record ConsentChart(int width, int height, long max, List<Bar> bars) {
    static final int BAR = 12;
    static final int GAP = 4;
    static final int HEIGHT = 120;

    /** One rectangle: {@code kind} is accept, reject, custom or withdraw (its CSS class). */
    public record Bar(int x, int y, int width, int height, String kind, String title) {}

    static ConsentChart of(List<DailyChoices> days) {
        long max =
                Math.max(1, days.stream().mapToLong(DailyChoices::total).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        int x = 0;
        for (DailyChoices day : days) {
            int bottom = HEIGHT;
            long[] counts = {day.acceptAll(), day.rejectAll(), day.custom(), day.withdraw()};
            String[] kinds = {"accept", "reject", "custom", "withdraw"};
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    continue;
                }
                int h = (int) Math.max(1, Math.round(counts[i] * (double) HEIGHT / max));
                bottom -= h;
                bars.add(new Bar(x, bottom, BAR, h, kinds[i], day.day() + ": " + counts[i]));
            }
            x += BAR + GAP;
        }
        return new ConsentChart(Math.max(x, 1), HEIGHT, max, List.copyOf(bars));
    }
}
