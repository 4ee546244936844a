package nl.cookiekeur.cli.account;

import nl.cookiekeur.account.AccountException;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.DatabaseOption;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.LocalizedCommand;
import nl.cookiekeur.cli.StoreUnavailableException;
import nl.cookiekeur.database.DatabaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cookiekeur user grant <email> --site <id> --role viewer}: gives an account a role on one site of the
 * web app's portfolio, as an admin does at {@code /app/gebruikers}.
 */
@Command(name = "grant", mixinStandardHelpOptions = true)
public final class UserGrantCommand extends LocalizedCommand {
    private final CliServices services;

    @Parameters(index = "0", paramLabel = "<e-mail>", descriptionKey = "user.grant.email")
    @SuppressWarnings("NullAway.Init") // set by picocli
    private String email;

    @Option(names = "--site", paramLabel = "<id>", required = true, descriptionKey = "user.grant.site")
    private long site;

    @Option(names = "--role", paramLabel = "<rol>", required = true, descriptionKey = "user.grant.role")
    @SuppressWarnings("NullAway.Init") // set by picocli
    private String role;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    UserGrantCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Role chosen = Role.fromId(role)
                .orElseThrow(() -> new BadInputException(messages().get("user.error.role", role)));
        try {
            services.accounts().grant(database.url(), email, site, chosen);
        } catch (AccountException e) {
            throw new BadInputException(
                    e.reason() == AccountException.Reason.UNKNOWN_SITE
                            ? messages().get("user.error.unknownSite", String.valueOf(site))
                            : messages().get("user.error.unknownUser", email));
        } catch (DatabaseException e) {
            throw new StoreUnavailableException(messages().get("user.error.database", e.target()), e);
        }
        out().println(messages().get("user.granted", email.strip(), chosen.id(), String.valueOf(site)));
        out().flush();
        return ExitCode.OK.code();
    }
}
