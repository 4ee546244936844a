package nl.cookiekeur.app;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Optional;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.ledger.RouteExtension;
import nl.cookiekeur.monitoring.LivingStatement;
import nl.cookiekeur.monitoring.MonitorPlatform;
import nl.cookiekeur.monitoring.SiteRegistry;
import nl.cookiekeur.monitoring.StatementFragment;
import nl.cookiekeur.monitoring.StatementJson;
import nl.cookiekeur.text.Language;

/**
 * The living cookie statements of monitored sites on the ledger's server: {@value #PATH}{@code .html} (an HTML
 * fragment to embed) and {@code .json}, Dutch by default and English with {@code ?lang=en}. Public, readable
 * from any origin, cached for five minutes; only items the owner approved appear.
 */
final class StatementOnLedger implements RouteExtension {
    /** The statement's path without its extension; {@code {site}} is the site's number. */
    static final String PATH = "/v1/monitored/{site}/cookieverklaring";

    private final MonitorPlatform monitor;

    StatementOnLedger(MonitorPlatform monitor) {
        this.monitor = monitor;
    }

    @Override
    public AutoCloseable register(JavalinConfig config, ServerSettings settings, ConsentLedger ledger) {
        SiteRegistry sites = monitor.sites(settings.databaseUrl());
        config.routes.get(PATH + ".html", ctx -> answer(ctx, sites, false));
        config.routes.get(PATH + ".json", ctx -> answer(ctx, sites, true));
        return sites;
    }

    private static void answer(Context ctx, SiteRegistry sites, boolean json) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
        ctx.header("Content-Security-Policy", "default-src 'none'");
        String code = ctx.queryParam("lang");
        Optional<Language> language = code == null ? Optional.of(Language.DUTCH) : Language.fromCode(code);
        if (language.isEmpty()) {
            problem(ctx, 400, "Bad Request", "lang must be nl or en");
            return;
        }
        long site;
        try {
            site = Long.parseLong(ctx.pathParam("site"));
        } catch (NumberFormatException e) {
            problem(ctx, 404, "Not Found", "no cookie statement for this site");
            return;
        }
        Optional<LivingStatement> statement = site < 1 ? Optional.empty() : sites.statement(site, language.get());
        if (statement.isEmpty()) {
            problem(ctx, 404, "Not Found", "no cookie statement for this site");
            return;
        }
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.header("Content-Language", language.get().code());
        if (json) {
            ctx.contentType("application/json; charset=utf-8").result(StatementJson.json(statement.get()));
        } else {
            ctx.contentType("text/html; charset=utf-8").result(StatementFragment.html(statement.get()));
        }
    }

    private static void problem(Context ctx, int status, String title, String detail) {
        ctx.header("Cache-Control", "no-store");
        ctx.status(status)
                .contentType("application/problem+json")
                .result("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}");
    }
}
