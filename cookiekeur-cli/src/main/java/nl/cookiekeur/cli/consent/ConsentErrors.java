package nl.cookiekeur.cli.consent;

import nl.cookiekeur.CookiekeurException;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.StoreUnavailableException;
import nl.cookiekeur.cli.TamperingFoundException;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.database.DatabaseException;

/**
 * Puts a consent platform problem in the user's language: wrong input (also a database URL of an unsupported kind)
 * exits 2, a database that cannot be opened or used 6, a purge refused over a broken chain 5, other failures 1.
 */
final class ConsentErrors {
    private ConsentErrors() {}

    static CookiekeurException translate(ConsentException e, Messages messages) {
        return switch (e.reason()) {
            case UNKNOWN_SITE -> new BadInputException(messages.get("consent.error.unknownSite", e.subject()));
            case UNREADABLE_EVIDENCE -> new BadInputException(messages.get("consent.error.noScan", e.subject()));
            case INVALID_CONFIG ->
                new BadInputException(messages.get("consent.error.invalidConfig", configProblem(e, messages)));
            case DATABASE ->
                unsupportedUrl(e)
                        ? new BadInputException(databaseMessage(e, messages))
                        : new StoreUnavailableException(databaseMessage(e, messages), e);
            case ADDRESS_IN_USE -> new CookiekeurException(messages.get("consent.error.address", e.subject()), e);
            case CHAIN_BROKEN -> new TamperingFoundException(messages.get("consent.error.chainBroken", e.subject()), e);
            case UNAVAILABLE -> new CookiekeurException(messages.get("consent.error.unavailable"), e);
        };
    }

    private static boolean unsupportedUrl(ConsentException e) {
        return e.getCause() instanceof DatabaseException database
                && database.reason() == DatabaseException.Reason.UNSUPPORTED_URL;
    }

    /** The problem in the user's language; the English subject only if the ledger gave no problem code. */
    private static String configProblem(ConsentException e, Messages messages) {
        return e.configProblem()
                .map(problem -> problem.text(messages.language()))
                .orElse(e.subject());
    }

    private static String databaseMessage(ConsentException e, Messages messages) {
        // the storage layer words its reason in Dutch; other languages get a general line
        return messages.language().code().equals("nl")
                ? String.valueOf(e.getMessage())
                : messages.get("consent.error.database", e.subject());
    }
}
