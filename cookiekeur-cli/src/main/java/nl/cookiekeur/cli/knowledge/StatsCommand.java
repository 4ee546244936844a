package nl.cookiekeur.cli.knowledge;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import nl.cookiekeur.classification.KnowledgeSource;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.FormatOption;
import nl.cookiekeur.cli.JsonOutput;
import nl.cookiekeur.cli.LanguageOption;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.OutputFormat;
import nl.cookiekeur.cli.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cookiekeur knowledge stats}: how much is known, per source and category, and how fast it loaded. */
@Command(name = "stats", mixinStandardHelpOptions = true)
final class StatsCommand implements Callable<Integer> {
    private final CliServices services;

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    private CommandSpec spec;

    @Mixin
    private LanguageOption language = new LanguageOption();

    @Mixin
    private FormatOption format = new FormatOption();

    StatsCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        List<String> sourceIds = services.knowledgeBase().sources().stream()
                .map(KnowledgeSource::id)
                .toList();
        StatsReport report = StatsReport.of(services.knowledgeBase().stats(), sourceIds);
        PrintWriter out = spec.commandLine().getOut();
        if (format.format() == OutputFormat.JSON) {
            JsonOutput.print(out, report);
            return ExitCode.OK.code();
        }
        Messages messages = language.messages();
        Page page = Page.of(format.format(), out);
        page.title(messages.get("knowledge.stats.title"));
        page.field(messages.get("knowledge.stats.entries"), Integer.toString(report.entries()));
        page.field(messages.get("knowledge.stats.wildcards"), Integer.toString(report.wildcardEntries()));
        page.field(messages.get("knowledge.stats.unknownRetention"), Integer.toString(report.unknownRetention()));
        page.field(messages.get("knowledge.stats.overrides"), Integer.toString(report.overrides()));
        page.field(messages.get("knowledge.stats.trackerDomains"), Integer.toString(report.trackerDomains()));
        page.field(messages.get("knowledge.stats.loadTime"), messages.get("knowledge.millis", report.loadTimeMillis()));
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
        return ExitCode.OK.code();
    }
}
