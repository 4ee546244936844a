package nl.cookiekeur.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.web.account.LoginPages;
import nl.cookiekeur.web.account.RequestGuard;
import nl.cookiekeur.web.account.SignedIn;
import nl.cookiekeur.web.account.TokenPages;
import nl.cookiekeur.web.consent.ConsentPages;
import nl.cookiekeur.web.page.PageAction;
import nl.cookiekeur.web.page.PageContext;
import nl.cookiekeur.web.page.SecurityHeaders;
import nl.cookiekeur.web.page.StaticAssets;
import nl.cookiekeur.web.page.Templates;
import nl.cookiekeur.web.role.RolePages;
import nl.cookiekeur.web.sites.SitePages;
import nl.cookiekeur.web.sites.SitesPages;
import nl.cookiekeur.web.tools.ToolPages;
import nl.cookiekeur.web.wizard.WizardPages;
import org.jspecify.annotations.Nullable;

/**
 * The app's route table under {@code /app}. Every page gets the security headers and its page context; a
 * page behind sign-in sends visitors to the sign-in page; every failure becomes an HTML page in the visitor's
 * language, never a stack trace.
 */
final class WebRoutes {
    private static final Logger LOG = Logger.getLogger(WebRoutes.class.getName());

    private final Templates templates;
    private final RequestGuard guard;

    WebRoutes(Templates templates, RequestGuard guard) {
        this.templates = templates;
        this.guard = guard;
    }

    void register(
            JavalinConfig config,
            WizardPages wizard,
            ToolPages tools,
            LoginPages login,
            SitesPages sites,
            SitePages site,
            TokenPages tokens,
            RolePages roles,
            @Nullable ConsentPages consent,
            StaticAssets assets) {
        config.routes.get("/app/static/{name}", ctx -> {
            SecurityHeaders.apply(ctx);
            assets.serve(ctx, ctx.pathParam("name"));
        });
        page(config, HandlerType.GET, "/app", (ctx, page) -> templates.render(ctx, "home.jte", Map.of("page", page)));
        page(
                config,
                HandlerType.GET,
                "/app/privacy",
                (ctx, page) -> templates.render(ctx, "privacy.jte", Map.of("page", page)));
        page(config, HandlerType.GET, WizardPages.PATH, wizard::show);
        page(config, HandlerType.GET, ToolPages.PATH, tools::list);
        page(
                config,
                HandlerType.GET,
                ToolPages.PATH + "/{id}",
                (ctx, page) -> tools.show(ctx, page, ctx.pathParam("id")));
        page(config, HandlerType.GET, LoginPages.PATH, login::show);
        page(config, HandlerType.POST, LoginPages.PATH, login::signIn);
        page(config, HandlerType.POST, "/app/uitloggen", (ctx, page) -> login.signOut(ctx, page, guard.signedIn(ctx)));
        signedIn(config, HandlerType.GET, SitesPages.PATH, sites::list);
        signedIn(config, HandlerType.POST, SitesPages.PATH, sites::add);
        signedIn(config, HandlerType.GET, SitesPages.PATH + "/{id}", site::show);
        signedIn(config, HandlerType.POST, SitesPages.PATH + "/{id}/scan", site::scan);
        signedIn(config, HandlerType.GET, SitesPages.PATH + "/{id}/scans/{scan}/{file}", site::file);
        if (consent != null) {
            String path = SitesPages.PATH + "/{id}/toestemming";
            signedIn(config, HandlerType.GET, path, consent::show);
            signedIn(config, HandlerType.POST, path, consent::publish);
            signedIn(config, HandlerType.POST, path + "/controleren", consent::verify);
            signedIn(config, HandlerType.GET, path + "/voorbeeld/{key}", consent::preview);
            signedIn(config, HandlerType.GET, path + "/{file}", consent::export);
        }
        signedIn(config, HandlerType.GET, RolePages.PATH, roles::show);
        signedIn(config, HandlerType.POST, RolePages.PATH, roles::grant);
        signedIn(config, HandlerType.POST, RolePages.PATH + "/intrekken", roles::revoke);
        signedIn(config, HandlerType.GET, TokenPages.PATH, tokens::list);
        signedIn(config, HandlerType.POST, TokenPages.PATH, tokens::create);
        signedIn(config, HandlerType.POST, TokenPages.PATH + "/{token}/intrekken", tokens::revoke);
        config.routes.sse(SitesPages.PATH + "/{id}/voortgang", client -> {
            SecurityHeaders.apply(client.ctx());
            site.progress(client);
        });
        page(
                config,
                HandlerType.GET,
                "/app/<rest>",
                (ctx, page) -> templates.problem(ctx, page, 404, page.t("problem.notFound")));
    }

    /** What a page behind sign-in does, given who is signed in. */
    @FunctionalInterface
    interface SignedInAction {
        void handle(Context ctx, PageContext page, SignedIn signedIn) throws Exception;
    }

    private void signedIn(JavalinConfig config, HandlerType type, String path, SignedInAction action) {
        page(config, type, path, (ctx, page) -> {
            Optional<SignedIn> signedIn = guard.signedIn(ctx);
            if (signedIn.isEmpty()) {
                if (type.equals(HandlerType.GET)) {
                    ctx.redirect(page.href(LoginPages.PATH), HttpStatus.SEE_OTHER);
                } else {
                    templates.problem(ctx, page, 401, page.t("security.signIn"));
                }
                return;
            }
            if (!type.equals(HandlerType.GET) && !RequestGuard.trusted(ctx, signedIn.get())) {
                templates.problem(ctx, page, 403, page.t("security.csrf"));
                return;
            }
            ctx.header("Cache-Control", "no-store");
            action.handle(ctx, page, signedIn.get());
        });
    }

    private void page(JavalinConfig config, HandlerType type, String path, PageAction action) {
        config.routes.addHttpHandler(type, path, ctx -> {
            SecurityHeaders.apply(ctx);
            PageContext page = PageContext.of(ctx, null, "", false);
            try {
                Optional<SignedIn> signedIn = guard.signedIn(ctx);
                if (signedIn.isPresent()) {
                    page = PageContext.of(
                            ctx,
                            signedIn.get().account().email(),
                            signedIn.get().csrfToken(),
                            signedIn.get().account().role() == Role.ADMIN);
                }
                action.handle(ctx, page);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "web page " + path + " failed", e);
                templates.problem(ctx, page, 500, page.t("problem.internal"));
            }
        });
    }
}
