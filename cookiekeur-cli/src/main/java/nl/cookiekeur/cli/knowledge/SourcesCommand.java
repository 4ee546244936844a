package nl.cookiekeur.cli.knowledge;

import java.util.List;
import nl.cookiekeur.classification.KnowledgeSource;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.ReportingCommand;
import picocli.CommandLine.Command;

/** {@code cookiekeur knowledge sources}: where the knowledge comes from, under which licence and attribution. */
@Command(name = "sources", mixinStandardHelpOptions = true)
final class SourcesCommand extends ReportingCommand {
    private final CliServices services;

    SourcesCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        List<KnowledgeSource> sources = services.knowledgeBase().sources();
        show(sources, page -> {
            Messages messages = messages();
            page.title(messages.get("knowledge.sources.title"));
            for (KnowledgeSource source : sources) {
                page.section(source.name());
                page.field(messages.get("knowledge.field.id"), source.id());
                page.field(messages.get("knowledge.field.licence"), source.licence());
                page.field(messages.get("knowledge.field.attribution"), source.attribution());
                page.field(messages.get("knowledge.field.url"), source.url());
                page.field(messages.get("knowledge.field.version"), source.version());
                page.field(messages.get("knowledge.field.entries"), Integer.toString(source.entries()));
                page.field(messages.get("knowledge.field.trackerDomains"), Integer.toString(source.trackerDomains()));
            }
        });
        return ExitCode.OK.code();
    }
}
