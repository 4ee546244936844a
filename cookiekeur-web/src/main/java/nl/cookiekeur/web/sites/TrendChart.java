package nl.cookiekeur.web.sites;

import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.history.StoredScan;

/**
 * The site page's trend: one bar per scan (oldest left) as high as its number of findings, coloured by its worst
 * severity, drawn on the server as SVG (classes only, no script, no inline style; each bar has a title).
 *
 * @param bars the bars, oldest first
 * @param width the drawing's width in SVG units
 * @param height its height
 * @param max the highest number of findings (at least 1)
 */
public record TrendChart(List<Bar> bars, int width, int height, int max) {
    private static final int BAR = 18;
    private static final int GAP = 8;
    private static final int TOP = 10;
    private static final int HEIGHT = 80;
    private static final int LABEL = 12;

    /** One scan's bar, with its count written above it. */
    public record Bar(int x, int y, int width, int height, String worst, int findings, String date, int textY) {
        /** The day and month under the bar, such as {@code 03-11}. */
        public String shortDate() {
            return date.length() < 10 ? date : date.substring(8, 10) + "-" + date.substring(5, 7);
        }
    }

    public TrendChart {
        bars = List.copyOf(bars);
    }

    /** The chart of these scans (newest first, as the history lists them). */
    public static TrendChart of(List<StoredScan> newestFirst) {
        List<StoredScan> scans = newestFirst.reversed();
        int max =
                Math.max(1, scans.stream().mapToInt(StoredScan::findings).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        int base = TOP + HEIGHT;
        for (int i = 0; i < scans.size(); i++) {
            StoredScan scan = scans.get(i);
            int h = Math.max(1, HEIGHT * scan.findings() / max);
            bars.add(new Bar(
                    GAP + i * (BAR + GAP),
                    base - h,
                    BAR,
                    h,
                    scan.worst(),
                    scan.findings(),
                    scan.scannedAt().toString().substring(0, 10),
                    base - h - 2));
        }
        return new TrendChart(bars, GAP + scans.size() * (BAR + GAP), base + LABEL, max);
    }
}
