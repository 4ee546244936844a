package nl.cookiekeur.cli.consent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.ReportingCommand;
import nl.cookiekeur.consent.AnchorKey;
import nl.cookiekeur.consent.ArchiveProblem;
import nl.cookiekeur.consent.ChainProblem;
import nl.cookiekeur.consent.ChainVerification;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.SignedHead;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cookiekeur consent verify}: checks the hash chains, the archived configurations and, with {@code --anchor},
 * the chains against heads kept outside the database; exit 0 intact, 5 with everything found named.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand extends ReportingCommand {
    private final CliServices services;

    @Option(names = "--site", paramLabel = "<site>", descriptionKey = "consent.option.siteAll")
    private @Nullable String site;

    @Option(names = "--anchor", paramLabel = "<anchor.json>", descriptionKey = "consent.option.anchor")
    private @Nullable Path anchorFile;

    @Mixin
    private AnchorKeyOption keyOption = new AnchorKeyOption();

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    VerifyCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Map<String, SignedHead> anchors = anchors();
        @Nullable AnchorKey key = anchors.isEmpty() ? null : keyOption.key(System.getenv(), messages());
        List<SiteOutcome> results = new ArrayList<>();
        try (ConsentLedger ledger = services.consentPlatform().open(database.url())) {
            List<String> sites = site == null ? ledger.sites() : List.of(site);
            for (String each : sites) {
                results.add(SiteOutcome.of(ledger, each, anchors.get(each), key));
            }
            for (SignedHead anchor : anchors.values()) {
                if (!sites.contains(anchor.siteId()) && site == null) {
                    results.add(SiteOutcome.gone(anchor));
                }
            }
        } catch (ConsentException e) {
            throw ConsentErrors.translate(e, messages());
        }
        boolean intact = results.stream().allMatch(SiteOutcome::intact);
        show(json(results), page -> new VerifyPage(page, messages()).show(results));
        return intact ? ExitCode.OK.code() : ExitCode.TAMPERED.code();
    }

    private Map<String, SignedHead> anchors() {
        Path file = anchorFile;
        Map<String, SignedHead> bySite = new LinkedHashMap<>();
        if (file == null) {
            return bySite;
        }
        try {
            for (SignedHead head : AnchorDocument.read(file)) {
                if (site == null || head.siteId().equals(site)) {
                    bySite.put(head.siteId(), head);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(messages().get("consent.error.anchorFile", file));
        }
        return bySite;
    }

    private static List<Map<String, Object>> json(List<SiteOutcome> results) {
        List<Map<String, Object>> sites = new ArrayList<>();
        for (SiteOutcome outcome : results) {
            ChainVerification result = outcome.verification();
            Map<String, Object> site = new LinkedHashMap<>();
            site.put("siteId", result.siteId());
            site.put("intact", outcome.intact());
            site.put("recordsChecked", result.recordsChecked());
            site.put("purgedThrough", result.purgedThrough());
            site.put("headHash", result.headHash());
            List<Map<String, Object>> problems = new ArrayList<>();
            for (ChainProblem problem : result.problems()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("seq", problem.sequence());
                p.put("kind", problem.kind().name().toLowerCase(Locale.ROOT));
                p.put("recordId", problem.recordId());
                problems.add(p);
            }
            site.put("problems", problems);
            List<Map<String, Object>> configs = new ArrayList<>();
            for (ArchiveProblem problem : result.archiveProblems()) {
                configs.add(Map.of("version", problem.version(), "kind", lower(problem.kind())));
            }
            site.put("configProblems", configs);
            if (outcome.anchor() != null) {
                site.put("anchor", lower(outcome.anchorState()));
            }
            sites.add(site);
        }
        return sites;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
