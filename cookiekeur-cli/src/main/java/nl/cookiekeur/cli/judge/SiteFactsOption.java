package nl.cookiekeur.cli.judge;

import java.nio.file.Path;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.profile.ToolCatalogue;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --site-facts <file>} option: what the owner declares about the site's tools. */
public final class SiteFactsOption {

    @Option(names = "--site-facts", paramLabel = "<bestand>", descriptionKey = "option.siteFacts")
    private @Nullable Path file;

    /** The declared facts, {@link SiteFacts#none()} without the option; a bad file is bad input (exit 2). */
    public SiteFacts facts(ToolCatalogue tools, Messages messages) {
        return file == null ? SiteFacts.none() : SiteFactsFile.read(file, tools, messages);
    }
}
