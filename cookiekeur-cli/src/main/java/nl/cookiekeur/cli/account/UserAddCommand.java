package nl.cookiekeur.cli.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.cookiekeur.account.AccountException;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.account.UserAccounts;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.DatabaseOption;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.LocalizedCommand;
import nl.cookiekeur.cli.StoreUnavailableException;
import nl.cookiekeur.database.DatabaseException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cookiekeur user add <email> --role admin}: creates a web app account. The password is read without
 * echo from the terminal (asked twice), or as the first line of standard input when that is no terminal
 * ({@code --password-stdin} forces the latter); it never appears on the command line.
 */
@Command(name = "add", mixinStandardHelpOptions = true)
public final class UserAddCommand extends LocalizedCommand {
    private final CliServices services;
    private final BufferedReader in;

    @Parameters(index = "0", paramLabel = "<e-mail>", descriptionKey = "user.add.email")
    @SuppressWarnings("NullAway.Init") // set by picocli
    private String email;

    @Option(names = "--role", paramLabel = "<rol>", defaultValue = "viewer", descriptionKey = "user.add.role")
    private String role = "viewer";

    @Option(names = "--password-stdin", descriptionKey = "user.add.passwordStdin")
    private boolean passwordStdin;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    UserAddCommand(CliServices services, BufferedReader in) {
        this.services = services;
        this.in = in;
    }

    @Override
    public Integer call() {
        Role chosen = Role.fromId(role)
                .orElseThrow(() -> new BadInputException(messages().get("user.error.role", role)));
        char[] password = readPassword();
        UserAccounts accounts = services.accounts();
        try {
            accounts.add(database.url(), email, chosen, password);
        } catch (AccountException e) {
            throw new BadInputException(
                    switch (e.reason()) {
                        case INVALID_EMAIL -> messages().get("user.error.email", email);
                        case WEAK_PASSWORD ->
                            messages().get("user.error.password", String.valueOf(UserAccounts.MIN_PASSWORD_LENGTH));
                        case EXISTS -> messages().get("user.error.exists", email);
                        case UNKNOWN_USER, UNKNOWN_SITE -> messages().get("user.error.email", email);
                    });
        } catch (DatabaseException e) {
            throw new StoreUnavailableException(messages().get("user.error.database", e.target()), e);
        }
        out().println(messages().get("user.added", email.strip(), chosen.id()));
        out().flush();
        return ExitCode.OK.code();
    }

    private char[] readPassword() {
        Console console = terminal();
        if (console != null && !passwordStdin) {
            char[] first = console.readPassword("%s", messages().get("user.prompt.password"));
            char[] second = console.readPassword("%s", messages().get("user.prompt.again"));
            if (first == null || second == null || !java.util.Arrays.equals(first, second)) {
                throw new BadInputException(messages().get("user.error.mismatch"));
            }
            java.util.Arrays.fill(second, '\0');
            return first;
        }
        String line = readLine();
        if (line == null || line.isEmpty()) {
            throw new BadInputException(messages().get("user.error.noPassword"));
        }
        return line.toCharArray();
    }

    /**
     * The console when standard input and output are a terminal: {@code Console.isTerminal()} where the JDK has
     * it (22+; there a console exists even when input is redirected), else whether there is a console at all.
     */
    @SuppressWarnings("SystemConsoleNull") // no console: the password comes from standard input
    private static @Nullable Console terminal() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        try {
            Object terminal = Console.class.getMethod("isTerminal").invoke(console);
            return Boolean.TRUE.equals(terminal) ? console : null;
        } catch (ReflectiveOperationException e) {
            return console;
        }
    }

    private @Nullable String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
