package nl.cookiekeur.cli.knowledge;

import java.util.List;
import nl.cookiekeur.classification.KnowledgeSource;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.ReportingCommand;
import picocli.CommandLine.Command;

/** {@code cookiekeur knowledge stats}: how much is known, per source and category, and how fast it loaded. */
@Command(name = "stats", mixinStandardHelpOptions = true)
final class StatsCommand extends ReportingCommand {
    private final CliServices services;

    StatsCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        List<String> sourceIds = services.knowledgeBase().sources().stream()
                .map(KnowledgeSource::id)
                .toList();
        StatsReport report = StatsReport.of(services.knowledgeBase().stats(), sourceIds);
        show(report, page -> {
            Messages messages = messages();
            page.title(messages.get("knowledge.stats.title"));
            page.field(messages.get("knowledge.stats.entries"), Integer.toString(report.entries()));
            page.field(messages.get("knowledge.stats.wildcards"), Integer.toString(report.wildcardEntries()));
            page.field(messages.get("knowledge.stats.unknownRetention"), Integer.toString(report.unknownRetention()));
            page.field(messages.get("knowledge.stats.overrides"), Integer.toString(report.overrides()));
            page.field(messages.get("knowledge.stats.trackerDomains"), Integer.toString(report.trackerDomains()));
            page.field(
                    messages.get("knowledge.stats.loadTime"),
                    messages.get("knowledge.millis", report.loadTimeMillis()));
            page.section(messages.get("knowledge.stats.perSource"));
            page.table(
                    List.of(messages.get("knowledge.field.id"), messages.get("knowledge.field.entries")),
                    report.entriesPerSource().entrySet().stream()
                            .map(e -> List.of(e.getKey(), Integer.toString(e.getValue())))
                            .toList());
            page.section(messages.get("knowledge.stats.perCategory"));
            page.table(
                    List.of(messages.get("knowledge.field.category"), messages.get("knowledge.field.entries")),
                    report.entriesPerCategory().entrySet().stream()
                            .map(e -> List.of(
                                    messages.get("knowledge.category." + e.getKey()), Integer.toString(e.getValue())))
                            .toList());
        });
        return ExitCode.OK.code();
    }
}
