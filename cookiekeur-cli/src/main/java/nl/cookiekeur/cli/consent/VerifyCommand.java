package nl.cookiekeur.cli.consent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.ReportingCommand;
import nl.cookiekeur.consent.ChainProblem;
import nl.cookiekeur.consent.ChainVerification;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.consent.ConsentLedger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cookiekeur consent verify}: checks the hash chains; exit 0 intact, 1 with every broken record named. */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand extends ReportingCommand {
    private final CliServices services;

    @Option(names = "--site", paramLabel = "<site>", descriptionKey = "consent.option.siteAll")
    private @Nullable String site;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    VerifyCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        List<ChainVerification> results = new ArrayList<>();
        try (ConsentLedger ledger = services.consentPlatform().open(database.url())) {
            List<String> sites = site == null ? ledger.sites() : List.of(site);
            for (String each : sites) {
                results.add(ledger.verify(each));
            }
        } catch (ConsentException e) {
            throw ConsentErrors.translate(e, messages());
        }
        boolean intact = results.stream().allMatch(ChainVerification::intact);
        show(json(results), page -> {
            Messages messages = messages();
            page.title(messages.get("consent.verify.title"));
            if (results.isEmpty()) {
                page.paragraph(messages.get("consent.verify.empty"));
            }
            for (ChainVerification result : results) {
                page.section(messages.get("consent.verify.site", result.siteId()));
                page.field(messages.get("consent.verify.checked"), Long.toString(result.recordsChecked()));
                if (result.purgedThrough() > 0) {
                    page.field(messages.get("consent.verify.purgedThrough"), Long.toString(result.purgedThrough()));
                }
                page.field(messages.get("consent.verify.head"), result.headHash());
                if (result.intact()) {
                    page.paragraph(messages.get("consent.verify.intact"));
                } else {
                    page.paragraph(messages.get(
                            "consent.verify.broken", result.problems().size()));
                    page.bullets(result.problems().stream()
                            .map(problem -> describe(problem, messages))
                            .toList());
                }
            }
        });
        return intact ? ExitCode.OK.code() : ExitCode.FAILURE.code();
    }

    private static String describe(ChainProblem problem, Messages messages) {
        String key = "consent.verify.kind." + problem.kind().name().toLowerCase(Locale.ROOT);
        return messages.get(key, Long.toString(problem.sequence()), problem.recordId());
    }

    private static List<Map<String, Object>> json(List<ChainVerification> results) {
        List<Map<String, Object>> sites = new ArrayList<>();
        for (ChainVerification result : results) {
            Map<String, Object> site = new LinkedHashMap<>();
            site.put("siteId", result.siteId());
            site.put("intact", result.intact());
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
            sites.add(site);
        }
        return sites;
    }
}
