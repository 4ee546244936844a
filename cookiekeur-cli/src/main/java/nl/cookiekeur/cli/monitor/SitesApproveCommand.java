package nl.cookiekeur.cli.monitor;

import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.DatabaseOption;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.LocalizedCommand;
import nl.cookiekeur.monitoring.Approval;
import nl.cookiekeur.monitoring.SiteRegistry;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cookiekeur sites approve <id> --item <name> [--description …] | --all}: the owner approves the description
 * of items of the living statement, which then appear in it.
 */
@Command(name = "approve", mixinStandardHelpOptions = true)
final class SitesApproveCommand extends LocalizedCommand {

    private final CliServices services;

    @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "sites.option.id")
    private long id;

    @Option(names = "--item", paramLabel = "<naam>", descriptionKey = "sites.option.item")
    private @Nullable String item;

    @Option(names = "--all", descriptionKey = "sites.option.all")
    private boolean all;

    @Option(names = "--description", paramLabel = "<tekst>", descriptionKey = "sites.option.description")
    private @Nullable String description;

    @Option(names = "--description-en", paramLabel = "<text>", descriptionKey = "sites.option.descriptionEn")
    private @Nullable String descriptionEn;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    SitesApproveCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        if (all == (item != null)) {
            throw new BadInputException(messages().get("sites.approve.which"));
        }
        if (all && (description != null || descriptionEn != null)) {
            throw new BadInputException(messages().get("sites.approve.allDescription"));
        }
        Approval approval;
        try {
            approval = all ? Approval.all() : new Approval(item, text(description), text(descriptionEn));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(messages().get("sites.approve.description", Approval.MAX_DESCRIPTION));
        }
        int approved;
        try (SiteRegistry registry = services.monitor().sites(database.url())) {
            if (registry.find(id).isEmpty()) {
                throw new BadInputException(messages().get("sites.error.unknown", id));
            }
            approved = registry.approve(id, approval);
        }
        if (approved == 0) {
            throw new BadInputException(
                    all
                            ? messages().get("sites.approve.nonePending", id)
                            : messages().get("sites.approve.unknownItem", item, id));
        }
        out().println(messages().get("sites.approve.done", approved, id));
        return ExitCode.OK.code();
    }

    private static @Nullable String text(@Nullable String given) {
        return given == null ? null : given.strip();
    }
}
