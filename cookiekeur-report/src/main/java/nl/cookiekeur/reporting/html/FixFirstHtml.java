package nl.cookiekeur.reporting.html;

import java.util.List;
import nl.cookiekeur.reporting.view.FixFirst;
import nl.cookiekeur.reporting.view.ReportView;
import nl.cookiekeur.reporting.view.Words;

/** The short "fix this first" list at the top of {@code report.html}; absent when nothing serious was found. */
final class FixFirstHtml {
    private FixFirstHtml() {}

    static void write(HtmlWriter html, ReportView view, Words words) {
        List<FixFirst> lines = FixFirst.of(view.assessment().findings());
        if (lines.isEmpty()) {
            return;
        }
        html.open("section").attr("id", "fix-first").element("h2", words.get("fixFirst.heading"));
        html.element("p", "intro", words.get("fixFirst.intro"));
        html.open("ol");
        for (FixFirst line : lines) {
            html.open("li").css("sev-" + line.severity().code());
            html.element(
                    "strong",
                    words.get(
                            "fixFirst.line",
                            line.checkId() + " " + line.title().in(words.language()),
                            words.severity(line.severity()),
                            line.findings()));
            html.element("p", "remediation", line.remediation().in(words.language()));
            html.close();
        }
        html.close();
        html.element("p", words.get("fixFirst.more"));
        html.close();
    }
}
