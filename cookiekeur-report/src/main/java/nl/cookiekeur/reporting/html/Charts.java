package nl.cookiekeur.reporting.html;

import java.util.List;
import java.util.Locale;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.reporting.view.PhaseView;
import nl.cookiekeur.reporting.view.ReportView;
import nl.cookiekeur.reporting.view.Words;

/**
 * The report's two charts as inline SVG (no script, no external file): cookies and storage entries per
 * category, grouped by phase; and third-party hosts per phase.
 */
final class Charts {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int TOP = 56;
    private static final int BOTTOM = 40;
    private static final int LEFT = 30;

    private Charts() {}

    /** Grouped bars: for each category, one bar per phase with the number of cookies and storage entries. */
    static void itemsPerCategory(HtmlWriter html, ReportView view, Words words) {
        List<PhaseView> phases = view.phases().stream().filter(PhaseView::ran).toList();
        int max = 1;
        for (PhaseView phase : phases) {
            for (int count : phase.itemsPerCategory().values()) {
                max = Math.max(max, count);
            }
        }
        String title = words.get("chart.items");
        open(html, title);
        legend(html, phases, words);
        Category[] categories = Category.values();
        double groupWidth = (WIDTH - LEFT - 10.0) / categories.length;
        double barWidth = Math.max(4, (groupWidth - 16) / Math.max(1, phases.size()));
        double plot = HEIGHT - TOP - BOTTOM;
        for (int c = 0; c < categories.length; c++) {
            double groupX = LEFT + c * groupWidth + 8;
            for (int p = 0; p < phases.size(); p++) {
                PhaseView phase = phases.get(p);
                int count = phase.itemsPerCategory().getOrDefault(categories[c], 0);
                double height = plot * count / max;
                double x = groupX + p * barWidth;
                double y = TOP + plot - height;
                html.open("rect")
                        .attr("x", number(x))
                        .attr("y", number(y))
                        .attr("width", number(barWidth - 2))
                        .attr("height", number(height))
                        .attr("fill", colour(phase.phase()));
                html.element("title", words.category(categories[c]) + ", " + words.phase(phase.phase()) + ": " + count);
                html.close();
                html.open("text")
                        .attr("x", number(x + (barWidth - 2) / 2))
                        .attr("y", number(y - 3))
                        .attr("text-anchor", "middle")
                        .attr("class", "value")
                        .text(String.valueOf(count))
                        .close();
            }
            html.open("text")
                    .attr("x", number(groupX + (groupWidth - 16) / 2))
                    .attr("y", number(HEIGHT - BOTTOM + 16))
                    .attr("text-anchor", "middle")
                    .text(words.category(categories[c]))
                    .close();
        }
        axis(html);
        html.close().close();
    }

    /** One bar per phase with the number of distinct third-party hosts contacted. */
    static void thirdPartiesPerPhase(HtmlWriter html, ReportView view, Words words) {
        List<PhaseView> phases = view.phases().stream().filter(PhaseView::ran).toList();
        int max = 1;
        for (PhaseView phase : phases) {
            max = Math.max(max, phase.hosts().size());
        }
        open(html, words.get("chart.hosts"));
        double plot = HEIGHT - TOP - BOTTOM;
        double slot = (WIDTH - LEFT - 10.0) / Math.max(1, phases.size());
        for (int p = 0; p < phases.size(); p++) {
            PhaseView phase = phases.get(p);
            int count = phase.hosts().size();
            double height = plot * count / max;
            double x = LEFT + p * slot + slot * 0.2;
            double y = TOP + plot - height;
            html.open("rect")
                    .attr("x", number(x))
                    .attr("y", number(y))
                    .attr("width", number(slot * 0.6))
                    .attr("height", number(height))
                    .attr("fill", colour(phase.phase()));
            html.element("title", words.phase(phase.phase()) + ": " + count);
            html.close();
            html.open("text")
                    .attr("x", number(x + slot * 0.3))
                    .attr("y", number(y - 3))
                    .attr("text-anchor", "middle")
                    .attr("class", "value")
                    .text(String.valueOf(count))
                    .close();
            html.open("text")
                    .attr("x", number(x + slot * 0.3))
                    .attr("y", number(HEIGHT - BOTTOM + 16))
                    .attr("text-anchor", "middle")
                    .text(words.phase(phase.phase()))
                    .close();
        }
        axis(html);
        html.close().close();
    }

    private static void open(HtmlWriter html, String title) {
        html.open("figure").css("chart");
        html.open("svg")
                .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT)
                .attr("role", "img")
                .attr("aria-label", title);
        html.element("title", title);
        html.open("text")
                .attr("x", "4")
                .attr("y", "16")
                .attr("class", "chart-title")
                .text(title)
                .close();
    }

    private static void legend(HtmlWriter html, List<PhaseView> phases, Words words) {
        double x = LEFT;
        for (PhaseView phase : phases) {
            html.open("rect")
                    .attr("x", number(x))
                    .attr("y", "22")
                    .attr("width", "10")
                    .attr("height", "10")
                    .attr("fill", colour(phase.phase()))
                    .close();
            String label = words.phase(phase.phase());
            html.open("text")
                    .attr("x", number(x + 14))
                    .attr("y", "31")
                    .attr("class", "legend")
                    .text(label)
                    .close();
            x += 24 + label.length() * 6.2;
        }
    }

    private static void axis(HtmlWriter html) {
        html.open("line")
                .attr("x1", String.valueOf(LEFT))
                .attr("x2", String.valueOf(WIDTH - 4))
                .attr("y1", String.valueOf(HEIGHT - BOTTOM))
                .attr("y2", String.valueOf(HEIGHT - BOTTOM))
                .attr("stroke", "#555")
                .close();
    }

    private static String colour(Phase phase) {
        return switch (phase) {
            case INITIAL -> "#b3261e";
            case REJECT -> "#1d6fa5";
            case ACCEPT -> "#6b8e23";
            case WITHDRAW -> "#8a5a9c";
        };
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
