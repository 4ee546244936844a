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

/** {@code cookiekeur knowledge sources}: where the knowledge comes from, under which licence and attribution. */
@Command(name = "sources", mixinStandardHelpOptions = true)
final class SourcesCommand implements Callable<Integer> {
    private final CliServices services;

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    private CommandSpec spec;

    @Mixin
    private LanguageOption language = new LanguageOption();

    @Mixin
    private FormatOption format = new FormatOption();

    SourcesCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        List<KnowledgeSource> sources = services.knowledgeBase().sources();
        PrintWriter out = spec.commandLine().getOut();
        if (format.format() == OutputFormat.JSON) {
            JsonOutput.print(out, sources);
            return ExitCode.OK.code();
        }
        Messages messages = language.messages();
        Page page = Page.of(format.format(), out);
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
        return ExitCode.OK.code();
    }
}
