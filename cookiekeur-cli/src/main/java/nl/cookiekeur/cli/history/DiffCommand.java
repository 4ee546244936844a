package nl.cookiekeur.cli.history;

import java.util.List;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.DatabaseOption;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.Page;
import nl.cookiekeur.cli.ReportingCommand;
import nl.cookiekeur.history.HistoryItem;
import nl.cookiekeur.history.ScanDifference;
import nl.cookiekeur.history.ScanHistory;
import nl.cookiekeur.history.ScanSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cookiekeur diff <a> <b>}: new and removed cookies, trackers and findings between two stored scans. */
@Command(name = "diff", mixinStandardHelpOptions = true)
public final class DiffCommand extends ReportingCommand {

    private static final List<String> KINDS = List.of("finding", "cookie", "storage", "tracker");

    private final CliServices services;

    @Parameters(index = "0", paramLabel = "<a>", descriptionKey = "diff.older")
    private long older;

    @Parameters(index = "1", paramLabel = "<b>", descriptionKey = "diff.newer")
    private long newer;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    DiffCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        ScanDifference difference;
        try (ScanHistory history = services.history().open(database.url())) {
            difference = ScanDifference.between(snapshot(history, older), snapshot(history, newer));
        }
        show(DifferenceView.of(difference), page -> {
            page.title(messages()
                    .get(
                            "diff.title",
                            difference.older().number(),
                            difference.newer().number()));
            if (!difference.older().site().equals(difference.newer().site())) {
                page.paragraph(messages()
                        .get(
                                "diff.otherSite",
                                difference.older().site(),
                                difference.newer().site()));
            }
            if (difference.unchanged()) {
                page.paragraph(messages().get("diff.unchanged"));
                return;
            }
            for (String kind : KINDS) {
                section(page, "diff.added." + kind, difference.added(kind));
                section(page, "diff.removed." + kind, difference.removed(kind));
            }
        });
        return ExitCode.OK.code();
    }

    private void section(Page page, String key, List<HistoryItem> items) {
        if (items.isEmpty()) {
            return;
        }
        page.section(messages().get(key, items.size()));
        page.bullets(items.stream().map(i -> i.key() + " — " + i.label()).toList());
    }

    private ScanSnapshot snapshot(ScanHistory history, long number) {
        return history.find(number)
                .orElseThrow(() -> new BadInputException(messages().get("diff.unknown", number)));
    }
}
