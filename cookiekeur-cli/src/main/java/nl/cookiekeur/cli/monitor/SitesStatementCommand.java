package nl.cookiekeur.cli.monitor;

import java.util.List;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.DatabaseOption;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.ReportingCommand;
import nl.cookiekeur.monitoring.LivingStatement;
import nl.cookiekeur.monitoring.SiteRegistry;
import nl.cookiekeur.report.StatementLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code cookiekeur sites statement <id>}: the site's living cookie statement from its latest scan, what is
 * published (approved) and what waits for the owner's approval.
 */
@Command(name = "statement", mixinStandardHelpOptions = true)
final class SitesStatementCommand extends ReportingCommand {

    private final CliServices services;

    @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "sites.option.id")
    private long id;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    SitesStatementCommand(CliServices services) {
        this.services = services;
    }

    /** The statement as JSON output shows it. */
    record StatementView(
            long site, String url, long scan, List<StatementLine> published, List<StatementLine> pending) {}

    @Override
    public Integer call() {
        LivingStatement statement;
        try (SiteRegistry registry = services.monitor().sites(database.url())) {
            if (registry.find(id).isEmpty()) {
                throw new BadInputException(messages().get("sites.error.unknown", id));
            }
            statement = registry.statement(id, language())
                    .orElseThrow(() -> new BadInputException(messages().get("sites.statement.none", id)));
        }
        show(
                new StatementView(
                        id,
                        statement.site().site().url().toString(),
                        statement.scanNumber(),
                        statement.published(),
                        statement.pending()),
                page -> {
                    page.title(messages()
                            .get(
                                    "sites.statement.title",
                                    id,
                                    statement.site().site().url()));
                    page.paragraph(messages().get("sites.statement.scan", statement.scanNumber()));
                    page.section(messages()
                            .get(
                                    "sites.statement.published",
                                    statement.published().size()));
                    page.bullets(statement.published().stream().map(this::line).toList());
                    page.section(messages()
                            .get("sites.statement.pending", statement.pending().size()));
                    page.bullets(statement.pending().stream().map(this::line).toList());
                    if (!statement.pending().isEmpty()) {
                        page.command("cookiekeur sites approve " + id + " --item <naam> [--description \"...\"]");
                    }
                    page.paragraph(messages().get("sites.statement.url", id));
                });
        return ExitCode.OK.code();
    }

    private String line(StatementLine line) {
        return line.name() + " (" + line.type() + ", " + line.where() + ") — " + line.categoryName() + ": "
                + line.purpose();
    }
}
