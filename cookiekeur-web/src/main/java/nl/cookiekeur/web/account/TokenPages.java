package nl.cookiekeur.web.account;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.web.page.PageContext;
import nl.cookiekeur.web.page.Templates;

/**
 * {@code /app/tokens}: the signed-in user's API tokens for the ledger's admin API: create one (shown once),
 * see the list, revoke one.
 */
public final class TokenPages {
    /** The page's address. */
    public static final String PATH = "/app/tokens";

    private final ApiTokenStore tokens;
    private final Templates templates;

    public TokenPages(ApiTokenStore tokens, Templates templates) {
        this.tokens = tokens;
        this.templates = templates;
    }

    /** The list. */
    public void list(Context ctx, PageContext page, SignedIn signedIn) {
        render(ctx, page, signedIn, 200, "", "");
    }

    /** Creates a token and shows it once. */
    public void create(Context ctx, PageContext page, SignedIn signedIn) {
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        if (name.isEmpty() || name.length() > 100) {
            render(ctx, page, signedIn, 400, "", page.t("tokens.nameMissing"));
            return;
        }
        render(ctx, page, signedIn, 201, tokens.create(signedIn.account(), name), "");
    }

    /** Revokes one of the user's tokens. */
    public void revoke(Context ctx, PageContext page, SignedIn signedIn) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("token"));
        } catch (NumberFormatException e) {
            id = -1;
        }
        if (!tokens.revoke(signedIn.account(), id)) {
            render(ctx, page, signedIn, 404, "", page.t("tokens.unknown"));
            return;
        }
        ctx.redirect(page.href(PATH), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, PageContext page, SignedIn signedIn, int status, String created, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("tokens", tokens.list(signedIn.account()));
        model.put("created", created);
        model.put("error", error);
        model.put("accepted", signedIn.account().role().mayChange());
        templates.render(ctx, status, "account/tokens.jte", model);
    }
}
