package nl.cookiekeur.web.role;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.web.account.Account;
import nl.cookiekeur.web.account.AccountStore;
import nl.cookiekeur.web.account.SignedIn;
import nl.cookiekeur.web.account.SiteRoles;
import nl.cookiekeur.web.page.PageContext;
import nl.cookiekeur.web.page.Templates;
import nl.cookiekeur.web.sites.SiteRow;
import nl.cookiekeur.web.sites.SiteStore;

/**
 * {@code /app/gebruikers} (admins only): every account with its own role, the roles per site, a form to grant a
 * role on a site and a button per membership to revoke it.
 */
public final class RolePages {
    /** The page's address. */
    public static final String PATH = "/app/gebruikers";

    private static final int MAX_USERS = 2_000;

    private final AccountStore accounts;
    private final SiteStore sites;
    private final SiteRoles roles;
    private final Templates templates;

    public RolePages(AccountStore accounts, SiteStore sites, SiteRoles roles, Templates templates) {
        this.accounts = accounts;
        this.sites = sites;
        this.roles = roles;
        this.templates = templates;
    }

    /** The page. */
    public void show(Context ctx, PageContext page, SignedIn signedIn) {
        if (refused(ctx, page, signedIn)) {
            return;
        }
        String notice = ctx.queryParam("gewijzigd") != null ? page.t("roles.saved") : "";
        render(ctx, page, 200, notice, "");
    }

    /** Grants the role in the form. */
    public void grant(Context ctx, PageContext page, SignedIn signedIn) {
        if (refused(ctx, page, signedIn)) {
            return;
        }
        Optional<Account> user = accounts.find(number(ctx.formParam("user")));
        Optional<SiteRow> site = sites.find(number(ctx.formParam("site")));
        Optional<Role> role =
                Role.fromId(Optional.ofNullable(ctx.formParam("role")).orElse(""));
        if (user.isEmpty() || site.isEmpty() || role.isEmpty()) {
            render(ctx, page, 400, "", page.t("roles.invalid"));
            return;
        }
        roles.grant(site.get().id(), user.get().id(), role.get());
        ctx.redirect(page.href(PATH + "?gewijzigd=1"), HttpStatus.SEE_OTHER);
    }

    /** Revokes one membership. */
    public void revoke(Context ctx, PageContext page, SignedIn signedIn) {
        if (refused(ctx, page, signedIn)) {
            return;
        }
        if (!roles.revoke(number(ctx.formParam("site")), number(ctx.formParam("user")))) {
            render(ctx, page, 404, "", page.t("roles.unknown"));
            return;
        }
        ctx.redirect(page.href(PATH + "?gewijzigd=1"), HttpStatus.SEE_OTHER);
    }

    private boolean refused(Context ctx, PageContext page, SignedIn signedIn) {
        if (signedIn.account().role() != Role.ADMIN) {
            templates.problem(ctx, page, 403, page.t("roles.adminOnly"));
            return true;
        }
        return false;
    }

    private void render(Context ctx, PageContext page, int status, String notice, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("users", accounts.all(MAX_USERS));
        model.put("sites", sites.all());
        model.put("memberships", roles.all());
        model.put("roles", List.of(Role.values()));
        model.put("notice", notice);
        model.put("error", error);
        templates.render(ctx, status, "role/roles.jte", model);
    }

    private static long number(@org.jspecify.annotations.Nullable String text) {
        try {
            return text == null || text.length() > 18 ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
