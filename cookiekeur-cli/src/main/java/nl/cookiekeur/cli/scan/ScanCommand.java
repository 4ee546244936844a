package nl.cookiekeur.cli.scan;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.DatabaseOption;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.LocalizedCommand;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.OutputFailedException;
import nl.cookiekeur.cli.judge.FailOnOption;
import nl.cookiekeur.cli.judge.Judgement;
import nl.cookiekeur.cli.judge.SiteFactsOption;
import nl.cookiekeur.compliance.Coverage;
import nl.cookiekeur.compliance.Severity;
import nl.cookiekeur.evidence.EvidenceFormatException;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scan.ScanRequest;
import nl.cookiekeur.site.WebUrl;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cookiekeur scan <url> --evidence-only --out <dir>}: visits the site in Chromium as a visitor would, in
 * the phases initial, reject, accept and withdraw, and writes the evidence (NDJSON plus screenshots). Judging
 * the evidence is not part of this command yet.
 */
@Command(name = "scan", mixinStandardHelpOptions = true)
public final class ScanCommand extends LocalizedCommand {
    static final int MAX_PAGES = 50;
    static final int MAX_PARALLEL = 4;
    static final int MIN_TIMEOUT = 10;
    static final int MAX_TIMEOUT = 3600;
    /** The scanner's note when the evidence folder cannot be made: an output failure, not an unreachable site. */
    private static final String FOLDER_FAILURE = "failure.folder";

    private final CliServices services;

    @Parameters(index = "0", paramLabel = "<url>", descriptionKey = "scan.option.url")
    @SuppressWarnings("NullAway.Init") // set by picocli before call()
    private String url;

    @Option(names = "--evidence-only", descriptionKey = "scan.option.evidenceOnly")
    private boolean evidenceOnly;

    @Option(names = "--out", paramLabel = "<map>", descriptionKey = "scan.option.out")
    private @Nullable Path out;

    @Option(names = "--pages", paramLabel = "<n>", defaultValue = "5", descriptionKey = "scan.option.pages")
    private int pages = 5;

    @Option(
            names = "--phases",
            paramLabel = "<fasen>",
            defaultValue = "initial,reject,accept,withdraw",
            descriptionKey = "scan.option.phases")
    private String phases = "initial,reject,accept,withdraw";

    @Option(names = "--parallel", paramLabel = "<n>", defaultValue = "3", descriptionKey = "scan.option.parallel")
    private int parallel = 3;

    @Option(
            names = "--timeout",
            paramLabel = "<seconden>",
            defaultValue = "300",
            descriptionKey = "scan.option.timeout")
    private int timeout = 300;

    @Option(names = "--mobile", descriptionKey = "scan.option.mobile")
    private boolean mobile;

    @Option(names = "--host-rules", paramLabel = "<regels>", descriptionKey = "scan.option.hostRules")
    private @Nullable String hostRules;

    @Option(names = "--ignore-https-errors", descriptionKey = "scan.option.ignoreHttpsErrors")
    private boolean ignoreHttpsErrors;

    @Mixin
    private FailOnOption failOn = new FailOnOption();

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    @Mixin
    private SiteFactsOption siteFacts = new SiteFactsOption();

    ScanCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Messages messages = messages();
        WebUrl target = target(messages);
        Path folder = out == null ? defaultFolder(target) : out;
        Severity failLevel = failOn.level(messages);
        SiteFacts facts = siteFacts.facts(services.toolCatalogue(), messages);
        ScanRequest request = new ScanRequest(
                target,
                within("--pages", pages, 1, MAX_PAGES),
                phaseList(messages),
                within("--parallel", parallel, 1, MAX_PARALLEL),
                Duration.ofSeconds(within("--timeout", timeout, MIN_TIMEOUT, MAX_TIMEOUT)),
                mobile,
                hostRules == null || hostRules.isBlank() ? null : hostRules.strip(),
                ignoreHttpsErrors,
                folder.toAbsolutePath());
        ProgressLine progress = new ProgressLine(err(), messages, ProgressLine.onTerminal());
        ScanEvidence evidence;
        try {
            evidence = services.siteScanner().scan(request, progress);
        } catch (ScanFailedException e) {
            progress.finish();
            err().println(messages.get("scan.error.failed", e.text(language())));
            err().flush();
            return FOLDER_FAILURE.equals(e.note().key()) ? ExitCode.OUTPUT_FAILED.code() : ExitCode.SCAN_FAILED.code();
        }
        progress.finish();
        try {
            services.evidenceArchive().write(evidence, request.evidenceDir());
        } catch (EvidenceFormatException e) {
            throw new OutputFailedException(
                    messages.get("scan.error.evidence", request.evidenceDir(), e.getMessage()), e);
        }
        if (evidenceOnly) {
            ScanSummary.print(out(), messages, evidence, request.evidenceDir());
            return Coverage.of(evidence).complete() ? ExitCode.OK.code() : ExitCode.INCOMPLETE.code();
        }
        return new Judgement(services, messages, out())
                .judge(
                        evidence,
                        request.evidenceDir(),
                        request.evidenceDir(),
                        language(),
                        failLevel,
                        database.url(),
                        facts);
    }

    /** {@code cookiekeur-scans/<host>-<yyyyMMdd-HHmmss>} in the working folder. */
    private static Path defaultFolder(WebUrl target) {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
                .withZone(ZoneOffset.UTC)
                .format(Instant.now());
        String host = target.host().replaceAll("[^A-Za-z0-9.-]", "_");
        return Path.of("cookiekeur-scans", host + "-" + stamp);
    }

    /** The address as given, {@code https://} assumed when it names no scheme; checked once, here. */
    private WebUrl target(Messages messages) {
        String text = url.strip();
        return WebUrl.parse(text.contains("://") ? text : "https://" + text)
                .orElseThrow(() -> new BadInputException(messages.get("scan.error.url", shown(text))));
    }

    /** The address for an error message, without user-info. */
    private static String shown(String text) {
        return text.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@", "$1");
    }

    private List<Phase> phaseList(Messages messages) {
        List<Phase> list = new ArrayList<>();
        for (String code : phases.split(",", -1)) {
            Phase phase = Phase.fromCode(code)
                    .orElseThrow(() -> new BadInputException(messages.get("scan.error.phase", code.strip())));
            if (!list.contains(phase)) {
                list.add(phase);
            }
        }
        return list;
    }

    private int within(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadInputException(messages().get("scan.error.range", option, value, min, max));
        }
        return value;
    }
}
