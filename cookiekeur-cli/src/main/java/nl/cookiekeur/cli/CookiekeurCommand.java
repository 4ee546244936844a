package nl.cookiekeur.cli;

import picocli.CommandLine.Command;

/** The root command; each capability is a subcommand. */
@Command(
        name = "cookiekeur",
        mixinStandardHelpOptions = true,
        version = "Cookiekeur 0.1.0",
        description = "Cookiekeur: cookieregels voor websites (Telecommunicatiewet 11.7a, AVG).")
final class CookiekeurCommand {}
