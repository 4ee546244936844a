package nl.cookiekeur.consent;

import java.util.Optional;
import nl.cookiekeur.CookiekeurException;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * The consent platform could not do what was asked; {@link #reason()} and {@link #subject()} let the edge
 * phrase it in the user's language, the message is a Dutch line.
 */
public final class ConsentException extends CookiekeurException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** The consent module is not part of this build. */
        UNAVAILABLE,
        /** The database could not be opened, reached or updated; the message says why. */
        DATABASE,
        /**
         * A site configuration is not valid; {@link #configProblem()} says what is wrong (the subject says it in
         * English).
         */
        INVALID_CONFIG,
        /** The site id is not valid or has nothing in the ledger. */
        UNKNOWN_SITE,
        /** A purge was refused because the records it would delete do not verify. */
        CHAIN_BROKEN,
        /** A scan's evidence folder could not be read; the subject names the folder. */
        UNREADABLE_EVIDENCE,
        /** The server could not listen on the address. */
        ADDRESS_IN_USE
    }

    private final Reason reason;
    private final String subject;
    private final @Nullable ConfigProblem configProblem;

    public ConsentException(Reason reason, String subject) {
        super(reason + ": " + subject);
        this.reason = reason;
        this.subject = subject;
        this.configProblem = null;
    }

    /**
     * A site configuration is not valid ({@link Reason#INVALID_CONFIG}): the subject is the problem in English,
     * the message a Dutch line.
     */
    public ConsentException(ConfigProblem problem) {
        super("Ongeldige siteconfiguratie: " + problem.text(Language.DUTCH));
        this.reason = Reason.INVALID_CONFIG;
        this.subject = problem.text(Language.ENGLISH);
        this.configProblem = problem;
    }

    public ConsentException(Reason reason, String subject, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.subject = subject;
        this.configProblem = null;
    }

    public ConsentException(Reason reason, String subject, String message) {
        super(message);
        this.reason = reason;
        this.subject = subject;
        this.configProblem = null;
    }

    /** The kind of problem. */
    public Reason reason() {
        return reason;
    }

    /** What it concerns: a site id, a database URL, an address, or the configuration problem. */
    public String subject() {
        return subject;
    }

    /** For {@link Reason#INVALID_CONFIG}: the problem as a code with arguments, to word in any language. */
    public Optional<ConfigProblem> configProblem() {
        return Optional.ofNullable(configProblem);
    }
}
