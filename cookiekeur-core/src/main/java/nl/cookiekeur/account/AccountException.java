package nl.cookiekeur.account;

import nl.cookiekeur.CookiekeurException;

/** An account could not be created or changed; {@link #reason()} says why, so each edge chooses its own words. */
public final class AccountException extends CookiekeurException {
    private static final long serialVersionUID = 1L;

    /** Why the account or the change was refused. */
    public enum Reason {
        /** The e-mail address is not a plausible address. */
        INVALID_EMAIL,
        /** The password is shorter than {@link UserAccounts#MIN_PASSWORD_LENGTH} characters. */
        WEAK_PASSWORD,
        /** An account with this e-mail address exists already. */
        EXISTS,
        /** There is no account with this e-mail address. */
        UNKNOWN_USER,
        /** There is no site with this id in the portfolio. */
        UNKNOWN_SITE
    }

    private final Reason reason;

    public AccountException(Reason reason, String subject) {
        super(reason + ": " + subject);
        this.reason = reason;
    }

    /** Why the account was refused. */
    public Reason reason() {
        return reason;
    }
}
