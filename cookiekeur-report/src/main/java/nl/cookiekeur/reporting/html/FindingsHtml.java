package nl.cookiekeur.reporting.html;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cookiekeur.compliance.EvidenceRef;
import nl.cookiekeur.compliance.Finding;
import nl.cookiekeur.compliance.Severity;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.law.AdviceNumber;
import nl.cookiekeur.law.Citation;
import nl.cookiekeur.reporting.view.ReportView;
import nl.cookiekeur.reporting.view.Words;

/** The findings of {@code report.html}, grouped by severity, each with its evidence, sources and advice. */
final class FindingsHtml {
    private FindingsHtml() {}

    static void write(HtmlWriter html, ReportView view, Screenshots screenshots, Words words) {
        html.open("section").attr("id", "findings").element("h2", words.get("findings.heading"));
        List<Finding> findings = view.assessment().findings();
        if (findings.isEmpty()) {
            html.element("p", words.get("findings.none"));
        }
        for (Severity severity : Severity.values()) {
            List<Finding> group =
                    findings.stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) {
                continue;
            }
            html.element(
                    "h3",
                    "sev-heading sev-" + severity.code(),
                    words.get("findings.group", words.severity(severity), group.size()));
            for (Finding finding : group) {
                finding(html, finding, screenshots, words);
            }
        }
        html.close();
    }

    private static void finding(HtmlWriter html, Finding finding, Screenshots screenshots, Words words) {
        html.open("article").css("finding sev-" + finding.severity().code());
        html.open("h4");
        html.element("span", "check-id", finding.checkId());
        html.text(" " + finding.title().in(words.language()));
        html.close();
        html.open("p").css("badges");
        html.element("span", "badge sev-" + finding.severity().code(), words.severity(finding.severity()));
        html.element(
                "span",
                "badge confidence-" + finding.confidence().name().toLowerCase(Locale.ROOT),
                words.get("findings.confidence") + ": " + words.confidence(finding.confidence()));
        Phase phase = finding.phase();
        html.element("span", "badge", phase == null ? words.get("findings.wholeSite") : words.phase(phase));
        html.close();
        html.element("p", finding.explanation().in(words.language()));
        html.open("p").css("remediation");
        html.element("strong", words.get("findings.remediation") + " ");
        html.text(finding.remediation().in(words.language()));
        html.close();
        AdviceNumber advice = finding.advice();
        if (advice != null) {
            html.element("p", "advice", words.get("findings.advice", words.advice(advice.number())));
        }
        citations(html, finding.citations(), words);
        evidence(html, finding.evidence(), screenshots, words);
        html.close();
    }

    private static void citations(HtmlWriter html, List<Citation> citations, Words words) {
        if (citations.isEmpty()) {
            return;
        }
        html.open("p").css("citations").element("strong", words.get("findings.sources") + " ");
        boolean first = true;
        for (Citation citation : citations) {
            if (!first) {
                html.text("; ");
            }
            first = false;
            html.open("a")
                    .href(citation.link().orElse(""))
                    .text(citation.reference(words.language()))
                    .close();
            html.text(" (" + citation.title(words.language())
                    + (citation.uncertain() ? ", " + words.get("findings.uncertain") : "") + ")");
        }
        html.close();
    }

    static void evidence(HtmlWriter html, List<EvidenceRef> evidence, Screenshots screenshots, Words words) {
        if (evidence.isEmpty()) {
            return;
        }
        html.open("details").attr("open", "open").open("summary");
        html.text(words.get("findings.evidence", evidence.size())).close();
        Table table = Table.open(
                html,
                "evidence",
                List.of(
                        words.get("col.kind"),
                        words.get("col.phase"),
                        words.get("col.name"),
                        words.get("col.detail"),
                        words.get("col.page"),
                        words.get("col.script")),
                words.get("table.more"));
        for (EvidenceRef ref : evidence) {
            String script = ref.script();
            table.row(List.of(
                    words.get("evidence." + ref.kind().name().toLowerCase(Locale.ROOT)),
                    words.phase(ref.phase()),
                    ref.label(),
                    ref.detail(),
                    ref.pageUrl(),
                    script == null ? "" : script));
        }
        table.close();
        evidence.stream()
                .map(EvidenceRef::screenshot)
                .filter(s -> s != null)
                .distinct()
                .forEach(s -> screenshot(html, String.valueOf(s), screenshots, words));
        html.close();
    }

    /** Writes a screenshot as an embedded image, or a line saying why it is not embedded. */
    static void screenshot(HtmlWriter html, String file, Screenshots screenshots, Words words) {
        Optional<Integer> before = screenshots.shownBefore(file);
        if (before.isPresent()) {
            html.open("p").css("screenshot-ref").text(words.get("screenshot.seeAbove") + " ");
            html.open("a").fragment("shot-" + before.get()).text(file).close();
            html.close();
            return;
        }
        Optional<EmbeddedImage> image = screenshots.get(file);
        html.open("figure").css("screenshot").attr("id", "shot-" + screenshots.anchor(file));
        if (image.isPresent()) {
            html.open("img").imageData(image.get()).attr("alt", words.get("screenshot.alt", file));
        } else {
            html.element("p", "missing", words.get("screenshot.missing", file));
        }
        html.element("figcaption", file);
        html.close();
    }
}
