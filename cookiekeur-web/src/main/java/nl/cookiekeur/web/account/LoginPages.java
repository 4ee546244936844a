package nl.cookiekeur.web.account;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.web.page.PageContext;
import nl.cookiekeur.web.page.Templates;

/**
 * {@code /app/inloggen} and {@code /app/uitloggen}: sign in with address and password (throttled, same
 * origin only), sign out with the session's CSRF token.
 */
public final class LoginPages {
    /** The sign-in page. */
    public static final String PATH = "/app/inloggen";
    /** Where a signed-in user lands. */
    public static final String HOME = "/app/sites";

    private final AccountStore accounts;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final Templates templates;

    public LoginPages(AccountStore accounts, SessionStore sessions, LoginThrottle throttle, Templates templates) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.templates = templates;
    }

    /** The form. */
    public void show(Context ctx, PageContext page) {
        render(ctx, page, 200, "", "");
    }

    /** Checks the password; on success starts a session and goes to the portfolio. */
    public void signIn(Context ctx, PageContext page) {
        if (!RequestGuard.sameOrigin(ctx)) {
            templates.problem(ctx, page, 403, page.t("security.crossSite"));
            return;
        }
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        char[] password =
                Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
        String client = ctx.ip();
        if (email.isEmpty() || email.length() > 254 || password.length == 0 || password.length > 1024) {
            render(ctx, page, 400, email, page.t("login.missing"));
            return;
        }
        if (!throttle.allows(email, client)) {
            render(ctx, page, 429, email, page.t("login.throttled"));
            return;
        }
        Optional<Account> account = accounts.authenticate(email, password);
        java.util.Arrays.fill(password, '\0');
        if (account.isEmpty()) {
            throttle.failed(email, client);
            render(ctx, page, 401, email, page.t("login.wrong"));
            return;
        }
        throttle.succeeded(email);
        SessionCookie.write(ctx, sessions.start(account.get()), SessionStore.LIFETIME);
        ctx.redirect(page.href(HOME), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Ends the session when the form carries its token. */
    public void signOut(Context ctx, PageContext page, Optional<SignedIn> signedIn) {
        if (signedIn.isPresent() && !RequestGuard.trusted(ctx, signedIn.get())) {
            templates.problem(ctx, page, 403, page.t("security.csrf"));
            return;
        }
        SessionCookie.read(ctx).ifPresent(sessions::end);
        SessionCookie.clear(ctx);
        ctx.redirect(page.href("/app"), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, PageContext page, int status, String email, String error) {
        templates.render(ctx, status, "account/login.jte", Map.of("page", page, "email", email, "error", error));
    }
}
