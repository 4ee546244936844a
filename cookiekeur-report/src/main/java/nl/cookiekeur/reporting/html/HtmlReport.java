package nl.cookiekeur.reporting.html;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.cookiekeur.compliance.DeclarationMismatch;
import nl.cookiekeur.compliance.ManualCheck;
import nl.cookiekeur.compliance.Severity;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.PolicyText;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.evidence.ScanProblem;
import nl.cookiekeur.evidence.Urls;
import nl.cookiekeur.reporting.view.OwnersWord;
import nl.cookiekeur.reporting.view.PhaseView;
import nl.cookiekeur.reporting.view.ReportView;
import nl.cookiekeur.reporting.view.Times;
import nl.cookiekeur.reporting.view.Verdict;
import nl.cookiekeur.reporting.view.Words;

/**
 * {@code report.html}: one self-contained, printable page for the site owner. It loads nothing: the style
 * is inline, charts are inline SVG, screenshots are {@code data:} URIs, and a Content-Security-Policy
 * forbids scripts, so even a missed escape could not run anything.
 */
public final class HtmlReport {
    /** The policy in the report's meta element: nothing but inline style and data images. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private HtmlReport() {}

    /** The report as HTML text. */
    public static String render(ReportView view, Path evidenceFolder, Words words) {
        HtmlWriter html = new HtmlWriter();
        Screenshots screenshots = new Screenshots(evidenceFolder);
        ScanInfo scan = view.evidence().scan();
        String host = Urls.host(scan.startUrl());
        head(html, words, words.get("report.title", host.isEmpty() ? scan.startUrl() : host));
        html.open("body").open("header");
        html.element("h1", words.get("report.title", host.isEmpty() ? scan.startUrl() : host));
        html.open("p").css("subtitle").text(words.get("report.scanned") + " ");
        html.link(scan.startUrl());
        html.text(" \u00b7 " + Times.human(scan.startedAt()) + " " + words.get("time.zone"))
                .close();
        verdict(html, view.verdict(), words);
        html.close();
        html.open("main");
        FixFirstHtml.write(html, view, words);
        summary(html, view, words);
        FindingsHtml.write(html, view, screenshots, words);
        ItemsHtml.write(html, view.items(), words);
        for (PhaseView phase : view.phases()) {
            PhasesHtml.write(html, phase, screenshots, words);
        }
        declarations(html, view.assessment().declarations(), words);
        manualChecks(html, view.assessment().manualChecks(), words);
        ownersWord(html, OwnersWord.lines(view.assessment().siteFacts(), words), words);
        scanFacts(html, view, words);
        html.close();
        html.open("footer").element("p", words.get("report.disclaimer")).close();
        html.close().close();
        return html.finish();
    }

    /** Writes the head: charset, the CSP, no referrer, the title and the inline style. */
    static void head(HtmlWriter html, Words words, String title) {
        html.doctype().open("html").attr("lang", words.language().code()).open("head");
        html.open("meta").attr("charset", "utf-8");
        html.open("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CONTENT_SECURITY_POLICY);
        html.open("meta").attr("name", "referrer").attr("content", "no-referrer");
        html.open("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        html.element("title", title);
        html.open("style").styleSheet(StyleSheet.REPORT).close();
        html.close();
    }

    private static void verdict(HtmlWriter html, Verdict verdict, Words words) {
        html.open("section").css("verdict verdict-" + verdict.status()).attr("id", "verdict");
        html.element("p", "verdict-headline", verdict.headline().in(words.language()));
        if (!verdict.complete()) {
            html.open("ul").css("check-errors");
            verdict.notSeen().forEach(e -> html.element("li", e.in(words.language())));
            verdict.checkErrors().forEach(e -> html.element("li", e.in(words.language())));
            html.close();
            html.element("p", "verdict-seen", verdict.seen().in(words.language()));
        }
        html.open("p").css("verdict-worst");
        html.text(words.get("verdict.worst") + " ");
        html.text(verdict.worst().map(words::severity).orElse(words.get("verdict.none")));
        html.close();
        html.open("ul").css("counts");
        for (Severity severity : Severity.values()) {
            html.open("li").css("sev sev-" + severity.code());
            html.element("strong", String.valueOf(verdict.counts().get(severity)));
            html.text(" " + words.severity(severity)).close();
        }
        html.close();
        if (verdict.manualChecks() > 0) {
            html.element("p", "verdict-manual", words.get("verdict.manual", verdict.manualChecks()));
        }
        html.close();
    }

    private static void summary(HtmlWriter html, ReportView view, Words words) {
        html.open("section").attr("id", "summary").element("h2", words.get("summary.heading"));
        Table table = Table.open(
                html,
                "summary",
                List.of(
                        words.get("summary.phase"),
                        words.get("summary.pages"),
                        words.get("summary.cookies"),
                        words.get("summary.storage"),
                        words.get("summary.hosts"),
                        words.get("summary.consentRequired"),
                        words.get("summary.fingerprinting")),
                words.get("table.more"));
        for (PhaseView phase : view.phases()) {
            if (!phase.ran()) {
                table.row(List.of(words.phase(phase.phase()), words.get("phase.notRun"), "", "", "", "", ""));
                continue;
            }
            table.row(List.of(
                    words.phase(phase.phase()),
                    String.valueOf(phase.visits().size()),
                    String.valueOf(phase.cookies().size()),
                    String.valueOf(phase.storage().size()),
                    String.valueOf(phase.hosts().size()),
                    String.valueOf(phase.consentRequiredItems()),
                    words.yesNo(!phase.fingerprinting().isEmpty())));
        }
        table.close();
        html.open("div").css("charts");
        Charts.itemsPerCategory(html, view, words);
        Charts.thirdPartiesPerPhase(html, view, words);
        html.close();
        html.close();
    }

    private static void declarations(HtmlWriter html, List<DeclarationMismatch> declarations, Words words) {
        html.open("section").attr("id", "declarations").element("h2", words.get("declarations.heading"));
        html.element("p", "intro", words.get("declarations.intro"));
        if (declarations.isEmpty()) {
            html.element("p", words.get("declarations.none"));
        } else {
            Table table = Table.open(
                    html,
                    "declarations",
                    List.of(
                            words.get("col.difference"),
                            words.get("col.name"),
                            words.get("col.declared"),
                            words.get("col.observed"),
                            words.get("col.source")),
                    words.get("table.more"));
            for (DeclarationMismatch mismatch : declarations) {
                table.row(List.of(
                        words.get("declaration." + mismatch.kind()),
                        mismatch.name(),
                        mismatch.declared(),
                        mismatch.observed(),
                        mismatch.source()));
            }
            table.close();
        }
        html.close();
    }

    private static void ownersWord(HtmlWriter html, List<String> lines, Words words) {
        if (lines.isEmpty()) {
            return;
        }
        html.open("section").attr("id", "facts").element("h2", words.get("facts.heading"));
        html.element("p", "intro", words.get("facts.intro"));
        html.open("ul");
        lines.forEach(line -> html.element("li", line));
        html.close();
        html.close();
    }

    private static void manualChecks(HtmlWriter html, List<ManualCheck> checks, Words words) {
        html.open("section").attr("id", "manual").element("h2", words.get("manual.heading"));
        html.element("p", "intro", words.get("manual.intro"));
        if (checks.isEmpty()) {
            html.element("p", words.get("manual.none"));
        } else {
            html.open("ul").css("manual");
            for (ManualCheck check : checks) {
                html.open("li");
                html.element(
                        "strong", check.checkId() + " \u2014 " + check.title().in(words.language()));
                html.open("br");
                html.text(check.whatToReview().in(words.language()));
                html.close();
            }
            html.close();
        }
        html.close();
    }

    private static void scanFacts(HtmlWriter html, ReportView view, Words words) {
        ScanInfo scan = view.evidence().scan();
        html.open("section").attr("id", "scan").element("h2", words.get("scan.heading"));
        html.open("dl").css("facts");
        fact(html, words.get("scan.url"), scan.startUrl());
        fact(html, words.get("scan.started"), Times.human(scan.startedAt()) + " " + words.get("time.zone"));
        fact(html, words.get("scan.duration"), Times.seconds(Duration.between(scan.startedAt(), scan.finishedAt())));
        fact(html, words.get("scan.browser"), scan.browser());
        fact(html, words.get("scan.userAgent"), scan.userAgent());
        fact(html, words.get("scan.viewport"), scan.viewport());
        fact(
                html,
                words.get("scan.phases"),
                String.join(", ", scan.phases().stream().map(words::phase).toList()));
        fact(html, words.get("scan.pagesPerPhase"), String.valueOf(scan.pagesPerPhase()));
        fact(html, words.get("scan.version"), scan.cookiekeurVersion());
        fact(html, words.get("scan.rules"), view.assessment().rulesVersion());
        html.close();
        html.element("h3", words.get("scan.pages"));
        Table pages = Table.open(
                html,
                "pages",
                List.of(
                        words.get("col.phase"),
                        "#",
                        words.get("col.url"),
                        words.get("col.title"),
                        words.get("col.status"),
                        words.get("col.error")),
                words.get("table.more"));
        for (PhaseView phase : view.phases()) {
            for (PageVisit visit : phase.visits()) {
                pages.row(List.of(
                        words.phase(visit.phase()),
                        String.valueOf(visit.order()),
                        visit.finalUrl(),
                        visit.title(),
                        String.valueOf(visit.status()),
                        visit.error()));
            }
        }
        pages.close();
        html.element("h3", words.get("scan.statements"));
        List<PolicyText> statements = view.evidence().statements();
        if (statements.isEmpty()) {
            html.element("p", words.get("scan.statements.none"));
        } else {
            html.open("ul");
            for (PolicyText statement : statements) {
                html.open("li").text(words.get("statement.kind." + kindKey(statement.kind())) + ": ");
                html.open("a")
                        .href(statement.url())
                        .text(statement.title().isBlank() ? statement.url() : statement.title());
                html.close().text(" (" + statement.url() + ")").close();
            }
            html.close();
        }
        html.element("h3", words.get("scan.problems"));
        List<ScanProblem> problems = view.evidence().problems();
        if (problems.isEmpty()) {
            html.element("p", words.get("scan.problems.none"));
        } else {
            Table table = Table.open(
                    html,
                    "problems",
                    List.of(
                            words.get("col.phase"),
                            words.get("col.url"),
                            words.get("col.kind"),
                            words.get("col.message")),
                    words.get("table.more"));
            for (ScanProblem problem : problems) {
                table.row(List.of(
                        problem.phase() == null ? "" : words.phase(problem.phase()),
                        problem.pageUrl(),
                        problem.kind(),
                        problem.text(words.language())));
            }
            table.close();
        }
        html.close();
    }

    private static String kindKey(String kind) {
        return kind.equals("cookie") || kind.equals("privacy") ? kind : "other";
    }

    private static void fact(HtmlWriter html, String term, String value) {
        html.element("dt", term).element("dd", value);
    }
}
