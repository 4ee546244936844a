package nl.cookiekeur.web.account;

/**
 * A valid session: whose it is and the token its forms must send.
 *
 * @param account the signed-in user
 * @param csrfToken the session's CSRF token
 */
public record SignedIn(Account account, String csrfToken) {}
