package nl.cookiekeur.web.consent;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.consent.ChainVerification;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.DailyChoices;
import nl.cookiekeur.consent.ExportFormat;
import nl.cookiekeur.consent.PublishedConfig;
import nl.cookiekeur.web.account.SignedIn;
import nl.cookiekeur.web.page.PageContext;
import nl.cookiekeur.web.page.Templates;
import nl.cookiekeur.web.sites.SiteRow;
import nl.cookiekeur.web.sites.SiteStore;
import org.jspecify.annotations.Nullable;

/**
 * {@code /app/sites/{id}/toestemming}: the site's banner configuration (editors and admins publish a new version
 * through the ledger), its consent log of the last 30 days as a table and chart, proof export (JSON, CSV) and the
 * chain check. Everything goes through the server's own {@link ConsentLedger}.
 */
public final class ConsentPages {
    /** How many days the consent log shows. */
    static final int DAYS = 30;

    private final SiteStore sites;
    private final ConsentLedger ledger;
    private final Templates templates;
    private final Clock clock;
    private final ZoneId zone;

    public ConsentPages(SiteStore sites, ConsentLedger ledger, Templates templates, Clock clock, ZoneId zone) {
        this.sites = sites;
        this.ledger = ledger;
        this.templates = templates;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The site's id in the ledger, from its host: lower case letters, digits and hyphens, at most 64 characters
     * ({@code www.bakkerij.nl} becomes {@code www-bakkerij-nl}).
     */
    public static String ledgerSite(String host) {
        String slug =
                host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 64) {
            slug = slug.substring(0, 64).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "site" : slug;
    }

    /** The page. */
    public void show(Context ctx, PageContext page, SignedIn signedIn) {
        withSite(ctx, page, site -> render(ctx, page, signedIn, site, 200, null, "", "", null));
    }

    /** Publishes the posted configuration as the site's new version (editors and admins). */
    public void publish(Context ctx, PageContext page, SignedIn signedIn) {
        withSite(ctx, page, site -> {
            if (!signedIn.account().role().mayChange()) {
                templates.problem(ctx, page, 403, page.t("security.viewer"));
                return;
            }
            String json = Optional.ofNullable(ctx.formParam("config")).orElse("");
            try {
                PublishedConfig published = ledger.publishConfig(ledgerSite(site.host()), json);
                render(
                        ctx,
                        page,
                        signedIn,
                        site,
                        200,
                        null,
                        page.t("consent.published", published.version()),
                        "",
                        null);
            } catch (ConsentException e) {
                String problem =
                        e.configProblem().map(p -> p.text(page.language())).orElse(page.t("consent.invalid"));
                render(ctx, page, signedIn, site, 422, json, "", page.t("consent.notPublished", problem), null);
            }
        });
    }

    /** Checks the site's hash chain and shows the outcome. */
    public void verify(Context ctx, PageContext page, SignedIn signedIn) {
        withSite(
                ctx,
                page,
                site -> render(ctx, page, signedIn, site, 200, null, "", "", ledger.verify(ledgerSite(site.host()))));
    }

    /** The proof export, {@code bewijs.json} or {@code bewijs.csv}. */
    public void export(Context ctx, PageContext page, SignedIn signedIn) {
        withSite(ctx, page, site -> {
            String file = ctx.pathParam("file");
            ExportFormat format;
            if (file.equals("bewijs.json")) {
                format = ExportFormat.JSON;
                ctx.contentType("application/json");
            } else if (file.equals("bewijs.csv")) {
                format = ExportFormat.CSV;
                ctx.contentType("text/csv; charset=utf-8");
            } else {
                templates.problem(ctx, page, 404, page.t("problem.notFound"));
                return;
            }
            String ledgerSite = ledgerSite(site.host());
            StringWriter out = new StringWriter();
            ledger.export(ledgerSite, format, out);
            ctx.header("Content-Disposition", "attachment; filename=\"" + ledgerSite + "-" + file + "\"");
            ctx.result(out.toString());
        });
    }

    private void render(
            Context ctx,
            PageContext page,
            SignedIn signedIn,
            SiteRow site,
            int status,
            @Nullable String posted,
            String notice,
            String error,
            @Nullable ChainVerification verification) {
        String ledgerSite = ledgerSite(site.host());
        @Nullable PublishedConfig current = ledger.currentConfig(ledgerSite).orElse(null);
        String json = posted != null ? posted : current != null ? current.json() : draft();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<DailyChoices> days = ledger.choicesPerDay(ledgerSite, today.minusDays(DAYS - 1L), today, zone);
        String outcome = "";
        boolean intact = false;
        if (verification != null) {
            intact = verification.intact();
            if (intact) {
                outcome = page.t("consent.chainOk", verification.recordsChecked());
            } else if (!verification.problems().isEmpty()) {
                var first = verification.problems().get(0);
                outcome = page.t(
                        "consent.chainBroken",
                        first.sequence(),
                        page.t("consent.problem." + first.kind().name().toLowerCase(Locale.ROOT)));
            } else {
                outcome = page.t(
                        "consent.archiveBroken", verification.archiveProblems().size());
            }
        }
        ConsentView view = new ConsentView(
                site,
                ledgerSite,
                current,
                json,
                days,
                ConsentChart.of(days),
                signedIn.account().role().mayChange(),
                notice,
                error,
                outcome,
                intact);
        templates.render(ctx, status, "consent/consent.jte", Map.of("page", page, "view", view));
    }

    private void withSite(Context ctx, PageContext page, java.util.function.Consumer<SiteRow> action) {
        Optional<SiteRow> site = site(ctx);
        if (site.isEmpty()) {
            templates.problem(ctx, page, 404, page.t("site.unknown"));
            return;
        }
        action.accept(site.get());
    }

    private Optional<SiteRow> site(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return sites.find(Long.parseLong(id));
    }

    private static String draft() {
        try (InputStream in = ConsentPages.class.getResourceAsStream("/nl/cookiekeur/web/consent/draft.json")) {
            if (in == null) {
                throw new IllegalStateException("missing draft.json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
