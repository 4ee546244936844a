package nl.cookiekeur.cli.judge;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.DatabaseOption;
import nl.cookiekeur.cli.LocalizedCommand;
import nl.cookiekeur.evidence.EvidenceFormatException;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.facts.SiteFacts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cookiekeur report <evidence>}: judges saved evidence again without a browser, so a stored scan can
 * be re-assessed after the rules improve.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
public final class ReportCommand extends LocalizedCommand {

    private final CliServices services;

    @Parameters(index = "0", paramLabel = "<bewijsmap>", descriptionKey = "report.evidence")
    @SuppressWarnings("NullAway.Init") // set by picocli
    private Path evidence;

    @Option(names = "--out", paramLabel = "<map>", descriptionKey = "report.out")
    private @Nullable Path out;

    @Mixin
    private FailOnOption failOn = new FailOnOption();

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    @Mixin
    private SiteFactsOption siteFacts = new SiteFactsOption();

    ReportCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        SiteFacts facts = siteFacts.facts(services.toolCatalogue(), messages());
        if (!Files.isDirectory(evidence)) {
            throw new BadInputException(messages().get("report.noFolder", evidence));
        }
        ScanEvidence read;
        try {
            read = services.evidenceArchive().read(evidence);
        } catch (EvidenceFormatException e) {
            throw new BadInputException(messages().get("report.unreadable", evidence, e.getMessage()));
        }
        Path target = out == null ? evidence : out;
        return new Judgement(services, messages(), out())
                .judge(read, evidence, target, language(), failOn.level(messages()), database.url(), facts);
    }
}
