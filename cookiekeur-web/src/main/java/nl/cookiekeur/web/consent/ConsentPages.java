package nl.cookiekeur.web.consent;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
import nl.cookiekeur.history.ScanHistory;
import nl.cookiekeur.history.ScanHistoryOpener;
import nl.cookiekeur.history.ScanSnapshot;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.web.account.SignedIn;
import nl.cookiekeur.web.account.SiteRoles;
import nl.cookiekeur.web.page.PageContext;
import nl.cookiekeur.web.page.SecurityHeaders;
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
    private final SiteRoles roles;
    private final ScanHistoryOpener history;
    private final @Nullable String databaseUrl;
    private final BannerPreview preview;

    public ConsentPages(
            SiteStore sites,
            ConsentLedger ledger,
            Templates templates,
            Clock clock,
            ZoneId zone,
            SiteRoles roles,
            ScanHistoryOpener history,
            @Nullable String databaseUrl) {
        this.sites = sites;
        this.ledger = ledger;
        this.templates = templates;
        this.clock = clock;
        this.zone = zone;
        this.roles = roles;
        this.history = history;
        this.databaseUrl = databaseUrl;
        this.preview = new BannerPreview(templates, clock);
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
        withSite(ctx, page, site -> render(ctx, page, signedIn, site, 200, null, null, "", "", null));
    }

    /** The live preview of a draft the user kept with "Voorbeeld bekijken". */
    public void preview(Context ctx, PageContext page, SignedIn signedIn) {
        withSite(ctx, page, site -> {
            try {
                preview.show(ctx, page, signedIn, site.id(), ledgerSite(site.host()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The form's buttons (editors and admins): add or remove a purpose or vendor row, show the preview, publish
     * the form, or publish the JSON of the advanced field.
     */
    public void publish(Context ctx, PageContext page, SignedIn signedIn) {
        withSite(ctx, page, site -> {
            if (!roles.mayChange(signedIn.account(), site.id())) {
                templates.problem(ctx, page, 403, page.t("security.siteViewer"));
                return;
            }
            String action = Optional.ofNullable(ctx.formParam("action")).orElse("publish-json");
            if (action.equals("publish-json")) {
                publish(
                        ctx,
                        page,
                        signedIn,
                        site,
                        Optional.ofNullable(ctx.formParam("config")).orElse(""),
                        null);
                return;
            }
            BannerForm form = BannerForm.fromForm(ctx.formParamMap());
            if (action.equals("add-purpose")) {
                form = form.withPurposeAdded();
            } else if (action.equals("add-vendor")) {
                form = form.withVendorAdded();
            } else if (action.startsWith("remove-purpose-")) {
                form = form.withoutPurpose(index(action));
            } else if (action.startsWith("remove-vendor-")) {
                form = form.withoutVendor(index(action));
            } else if (action.equals("publish")) {
                publish(ctx, page, signedIn, site, BannerJson.write(form), form);
                return;
            }
            String key = preview.keep(signedIn.account().id(), site.id(), BannerJson.write(form));
            render(
                    ctx,
                    page,
                    signedIn,
                    site,
                    200,
                    form,
                    key,
                    action.equals("preview") ? page.t("consent.previewShown") : "",
                    "",
                    null);
        });
    }

    private void publish(
            Context ctx, PageContext page, SignedIn signedIn, SiteRow site, String json, @Nullable BannerForm form) {
        try {
            PublishedConfig published = ledger.publishConfig(ledgerSite(site.host()), json);
            render(
                    ctx,
                    page,
                    signedIn,
                    site,
                    200,
                    null,
                    null,
                    page.t("consent.published", published.version()),
                    "",
                    null);
        } catch (ConsentException e) {
            String problem = e.configProblem().map(p -> p.text(page.language())).orElse(page.t("consent.invalid"));
            BannerForm shown = form != null ? form : BannerJson.read(json).orElse(null);
            render(
                    ctx,
                    page,
                    signedIn,
                    site,
                    422,
                    shown,
                    null,
                    "",
                    page.t("consent.notPublished", problem),
                    null,
                    json);
        }
    }

    private static int index(String action) {
        String number = action.substring(action.lastIndexOf('-') + 1);
        return number.length() > 3 || !number.chars().allMatch(Character::isDigit) ? -1 : Integer.parseInt(number);
    }

    /** Checks the site's hash chain and shows the outcome. */
    public void verify(Context ctx, PageContext page, SignedIn signedIn) {
        withSite(
                ctx,
                page,
                site -> render(
                        ctx, page, signedIn, site, 200, null, null, "", "", ledger.verify(ledgerSite(site.host()))));
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
            @Nullable BannerForm posted,
            @Nullable String previewKey,
            String notice,
            String error,
            @Nullable ChainVerification verification) {
        render(ctx, page, signedIn, site, status, posted, previewKey, notice, error, verification, null);
    }

    private void render(
            Context ctx,
            PageContext page,
            SignedIn signedIn,
            SiteRow site,
            int status,
            @Nullable BannerForm posted,
            @Nullable String previewKey,
            String notice,
            String error,
            @Nullable ChainVerification verification,
            @Nullable String postedJson) {
        String ledgerSite = ledgerSite(site.host());
        @Nullable PublishedConfig current = ledger.currentConfig(ledgerSite).orElse(null);
        String source = "";
        BannerForm form;
        if (posted != null) {
            form = posted;
        } else if (current != null) {
            form = BannerJson.read(current.json())
                    .orElseGet(() -> BannerJson.read(BannerDraft.example()).orElseThrow());
        } else {
            Optional<ScanSnapshot> latest = latestScan(site);
            form = latest.map(scan -> BannerDraft.fromScan(scan.items(), site.host()))
                    .orElseGet(() -> BannerJson.read(BannerDraft.example()).orElseThrow());
            source = latest.map(scan -> page.t(
                            "consent.draftFromScan",
                            scan.scan().scannedAt().toString().substring(0, 10)))
                    .orElse(page.t("consent.draftExample"));
        }
        String json = postedJson != null
                ? postedJson
                : posted == null && current != null ? current.json() : BannerJson.write(form);
        boolean mayChange = roles.mayChange(signedIn.account(), site.id());
        String key = previewKey != null
                ? previewKey
                : preview.keep(signedIn.account().id(), site.id(), BannerJson.write(form));
        // The consent page alone may frame the app's own banner preview.
        ctx.header("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY + "; frame-src 'self'");
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
                form,
                source,
                "/app/sites/" + site.id() + "/toestemming/voorbeeld/" + key,
                json,
                days,
                ConsentChart.of(days),
                mayChange,
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

    private Optional<ScanSnapshot> latestScan(SiteRow site) {
        try (ScanHistory scans = history.open(databaseUrl)) {
            List<StoredScan> last = scans.list(site.host(), 1);
            return last.isEmpty()
                    ? Optional.empty()
                    : scans.find(last.getFirst().number());
        }
    }
}
