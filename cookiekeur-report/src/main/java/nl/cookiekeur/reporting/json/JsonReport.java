package nl.cookiekeur.reporting.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import nl.cookiekeur.compliance.CheckError;
import nl.cookiekeur.compliance.DeclarationMismatch;
import nl.cookiekeur.compliance.EvidenceRef;
import nl.cookiekeur.compliance.Finding;
import nl.cookiekeur.compliance.ItemAdvice;
import nl.cookiekeur.compliance.LocalizedText;
import nl.cookiekeur.compliance.ManualCheck;
import nl.cookiekeur.compliance.Severity;
import nl.cookiekeur.evidence.FingerprintCall;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.PolicyText;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.evidence.ScanProblem;
import nl.cookiekeur.evidence.StorageEntry;
import nl.cookiekeur.law.AdviceNumber;
import nl.cookiekeur.law.Citation;
import nl.cookiekeur.reporting.view.CookieRow;
import nl.cookiekeur.reporting.view.HostRow;
import nl.cookiekeur.reporting.view.PhaseView;
import nl.cookiekeur.reporting.view.ReportView;
import nl.cookiekeur.reporting.view.StorageRow;
import nl.cookiekeur.reporting.view.Times;
import nl.cookiekeur.reporting.view.Verdict;
import nl.cookiekeur.reporting.view.Words;
import nl.cookiekeur.text.Language;

/**
 * {@code report.json}: the report for machines. Texts meant for people are given in both languages
 * ({@code {"nl": …, "en": …}}), so the file does not depend on {@code --lang}. The shape is
 * {@code docs/report-schema.json}; {@link #SCHEMA_VERSION} changes with it.
 */
public final class JsonReport {
    /** The version of the report format; a new required field or a changed meaning raises it. */
    public static final String SCHEMA_VERSION = "1.0";
    /** The schema's identifier, written as {@code $schema}. */
    public static final String SCHEMA_ID = "https://cookiekeur.nl/schemas/report-1.0.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {}

    /** The report as JSON text, indented, with {@code \n} line ends and a final newline. */
    public static String render(ReportView view) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return MAPPER.writer(printer).writeValueAsString(tree(view)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(ReportView view) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", SCHEMA_ID);
        root.put("schemaVersion", SCHEMA_VERSION);
        ScanInfo scan = view.evidence().scan();
        ObjectNode generator = root.putObject("generator");
        generator.put("name", "cookiekeur");
        generator.put("version", scan.cookiekeurVersion());
        generator.put("rulesVersion", view.assessment().rulesVersion());
        root.set("scan", scan(scan, view));
        root.set("verdict", verdict(view.verdict()));
        if (!view.assessment().complete()) {
            ArrayNode errors = root.putArray("checkErrors");
            view.assessment().checkErrors().forEach(e -> errors.add(checkError(e)));
        }
        if (!view.assessment().siteFacts().isEmpty()) {
            root.set("siteFacts", SiteFactsJson.of(view.assessment().siteFacts()));
        }
        ObjectNode phases = root.putObject("phases");
        for (PhaseView phase : view.phases()) {
            phases.set(phase.phase().code(), phase(phase));
        }
        ArrayNode findings = root.putArray("findings");
        view.assessment().findings().forEach(f -> findings.add(finding(f)));
        ArrayNode items = root.putArray("items");
        view.items().forEach(i -> items.add(item(i)));
        ArrayNode declarations = root.putArray("declarations");
        view.assessment().declarations().forEach(d -> declarations.add(declaration(d)));
        ArrayNode manual = root.putArray("manualChecks");
        view.assessment().manualChecks().forEach(m -> manual.add(manual(m)));
        return root;
    }

    private static ObjectNode scan(ScanInfo scan, ReportView view) {
        ObjectNode node = NODES.objectNode();
        node.put("startUrl", scan.startUrl());
        node.put("startedAt", Times.iso(scan.startedAt()));
        node.put("finishedAt", Times.iso(scan.finishedAt()));
        node.put("browser", scan.browser());
        node.put("userAgent", scan.userAgent());
        node.put("viewport", scan.viewport());
        node.put("evidenceVersion", scan.evidenceVersion());
        node.put("pagesPerPhase", scan.pagesPerPhase());
        ArrayNode phases = node.putArray("phases");
        scan.phases().forEach(p -> phases.add(p.code()));
        ArrayNode statements = node.putArray("statements");
        for (PolicyText statement : view.evidence().statements()) {
            ObjectNode s = statements.addObject();
            s.put("kind", statement.kind());
            s.put("url", statement.url());
            s.put("title", statement.title());
            s.put("linkedFrom", statement.linkedFrom());
        }
        ArrayNode problems = node.putArray("problems");
        for (ScanProblem problem : view.evidence().problems()) {
            ObjectNode p = problems.addObject();
            Phase phase = problem.phase();
            p.put("phase", phase == null ? null : phase.code());
            p.put("pageUrl", problem.pageUrl());
            p.put("kind", problem.kind());
            p.put("message", problem.message());
        }
        return node;
    }

    private static ObjectNode verdict(Verdict verdict) {
        ObjectNode node = NODES.objectNode();
        node.put("status", verdict.status());
        node.put("worstSeverity", verdict.worst().map(Severity::code).orElse(null));
        ObjectNode counts = node.putObject("counts");
        verdict.counts().forEach((severity, count) -> counts.put(severity.code(), count));
        node.set("headline", text(verdict.headline()));
        node.put("manualChecks", verdict.manualChecks());
        if (!verdict.complete()) {
            ArrayNode notSeen = node.putArray("notSeen");
            verdict.notSeen().forEach(gap -> notSeen.add(text(gap)));
            node.set("seen", text(verdict.seen()));
        }
        return node;
    }

    private static ObjectNode phase(PhaseView phase) {
        ObjectNode node = NODES.objectNode();
        node.put("ran", phase.ran());
        ArrayNode pages = node.putArray("pages");
        for (PageVisit visit : phase.visits()) {
            ObjectNode p = pages.addObject();
            p.put("order", visit.order());
            p.put("url", visit.url());
            p.put("finalUrl", visit.finalUrl());
            p.put("title", visit.title());
            p.put("status", visit.status());
            p.put("error", visit.error());
        }
        ArrayNode cookies = node.putArray("cookies");
        phase.cookies().forEach(c -> cookies.add(cookie(c)));
        ArrayNode storage = node.putArray("storage");
        phase.storage().forEach(s -> storage.add(storage(s)));
        ArrayNode hosts = node.putArray("thirdPartyHosts");
        phase.hosts().forEach(h -> hosts.add(host(h)));
        ObjectNode fingerprinting = node.putObject("fingerprinting");
        fingerprinting.put("detected", !phase.fingerprinting().isEmpty());
        ArrayNode techniques = fingerprinting.putArray("techniques");
        phase.techniques().forEach(t -> techniques.add(t.name().toLowerCase(Locale.ROOT)));
        ArrayNode calls = fingerprinting.putArray("calls");
        for (FingerprintCall call : phase.fingerprinting()) {
            ObjectNode c = calls.addObject();
            c.put("technique", call.technique().name().toLowerCase(Locale.ROOT));
            c.put("script", call.script());
            c.put("calls", call.calls());
            c.put("detail", call.detail());
            c.put("pageUrl", call.pageUrl());
        }
        ArrayNode banners = node.putArray("banners");
        phase.banners().forEach(b -> banners.add(ConsentJson.banner(b)));
        node.set("choice", phase.choice().map(ConsentJson::choice).orElse(null));
        return node;
    }

    private static ObjectNode cookie(CookieRow row) {
        ObservedCookie c = row.cookie();
        ObjectNode node = NODES.objectNode();
        node.put("name", c.name());
        node.put("domain", c.domain());
        node.put("path", c.path());
        node.put("expires", Times.iso(c.expires()));
        node.put("session", c.session());
        node.put("sizeBytes", c.sizeBytes());
        node.put("httpOnly", c.httpOnly());
        node.put("secure", c.secure());
        node.put("sameSite", c.sameSite().name().toLowerCase(Locale.ROOT));
        node.put("partitioned", c.partitionKey() != null);
        node.put("thirdParty", row.thirdParty());
        node.put("category", row.category().id());
        node.put("vendor", row.vendor().orElse(null));
        node.put("advice", row.adviceNumber().orElse(null));
        node.put("consentRequired", row.consentRequired().orElse(null));
        node.put("source", c.source().name().toLowerCase(Locale.ROOT));
        node.put("setter", c.setter());
        node.put("pageUrl", c.pageUrl());
        node.put("removed", c.removed());
        return node;
    }

    private static ObjectNode storage(StorageRow row) {
        StorageEntry s = row.entry();
        ObjectNode node = NODES.objectNode();
        node.put("origin", s.origin());
        node.put("key", s.key());
        node.put("area", s.kind().name().toLowerCase(Locale.ROOT));
        node.put("valueLength", s.valueLength());
        node.put("category", row.category().id());
        node.put("vendor", row.vendor().orElse(null));
        node.put("advice", row.adviceNumber().orElse(null));
        node.put("consentRequired", row.consentRequired().orElse(null));
        node.put("setter", s.setterScript());
        node.put("pageUrl", s.pageUrl());
        return node;
    }

    private static ObjectNode host(HostRow row) {
        ObjectNode node = NODES.objectNode();
        node.put("host", row.host());
        node.put("requests", row.requests());
        node.put("trackingPixels", row.trackingPixels());
        node.put("category", row.category().id());
        node.put("vendor", row.vendor().orElse(null));
        return node;
    }

    private static ObjectNode finding(Finding finding) {
        ObjectNode node = NODES.objectNode();
        node.put("checkId", finding.checkId());
        node.put("severity", finding.severity().code());
        node.put("confidence", finding.confidence().name().toLowerCase(Locale.ROOT));
        Phase phase = finding.phase();
        node.put("phase", phase == null ? null : phase.code());
        node.set("title", text(finding.title()));
        node.set("explanation", text(finding.explanation()));
        node.set("remediation", text(finding.remediation()));
        ArrayNode evidence = node.putArray("evidence");
        finding.evidence().forEach(e -> evidence.add(evidence(e)));
        ArrayNode citations = node.putArray("citations");
        finding.citations().forEach(c -> citations.add(citation(c)));
        AdviceNumber advice = finding.advice();
        node.put("advice", advice == null ? null : advice.number());
        return node;
    }

    private static ObjectNode evidence(EvidenceRef ref) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", ref.kind().name().toLowerCase(Locale.ROOT));
        node.put("phase", ref.phase().code());
        node.put("pageUrl", ref.pageUrl());
        node.put("label", ref.label());
        node.put("detail", ref.detail());
        node.put("script", ref.script());
        node.put("screenshot", ref.screenshot());
        return node;
    }

    private static ObjectNode citation(Citation citation) {
        ObjectNode node = NODES.objectNode();
        node.put("id", citation.id());
        node.put("reference", citation.reference());
        node.put("referenceEn", citation.referenceEn());
        node.put("title", citation.title());
        node.put("titleEn", citation.titleEn());
        node.put("url", citation.url());
        node.put("uncertain", citation.uncertain());
        return node;
    }

    private static ObjectNode item(ItemAdvice item) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", item.kind().name().toLowerCase(Locale.ROOT));
        node.put("name", item.name());
        node.put("where", item.where());
        ArrayNode phases = node.putArray("phases");
        item.phases().stream().sorted().forEach(p -> phases.add(p.code()));
        node.put("category", item.category().id());
        node.put("confidence", item.confidence());
        node.put("vendor", item.vendor());
        node.put("thirdParty", item.thirdParty());
        node.put("advice", item.advice().number());
        node.put("consentRequired", item.consentRequired());
        node.set("reason", text(item.reason()));
        node.set("retention", text(item.retention()));
        node.put("source", item.source());
        return node;
    }

    private static ObjectNode declaration(DeclarationMismatch mismatch) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", mismatch.kind());
        node.put("name", mismatch.name());
        node.put("declared", mismatch.declared());
        node.put("observed", mismatch.observed());
        node.put("source", mismatch.source());
        return node;
    }

    private static ObjectNode manual(ManualCheck check) {
        ObjectNode node = NODES.objectNode();
        node.put("checkId", check.checkId());
        node.set("title", text(check.title()));
        node.set("whatToReview", text(check.whatToReview()));
        return node;
    }

    private static ObjectNode checkError(CheckError error) {
        ObjectNode node = NODES.objectNode();
        node.put("checkId", error.checkId());
        node.set("title", text(error.title()));
        node.put("reason", error.reason());
        node.set(
                "message",
                text(new LocalizedText(
                        Words.of(Language.DUTCH).get("verdict.checkError", error.checkId(), error.reason()),
                        Words.of(Language.ENGLISH).get("verdict.checkError", error.checkId(), error.reason()))));
        return node;
    }

    private static ObjectNode text(LocalizedText text) {
        ObjectNode node = NODES.objectNode();
        node.put("nl", text.dutch());
        node.put("en", text.english());
        return node;
    }
}
