package nl.cookiekeur.web.sites;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.cookiekeur.history.HistoryItem;
import nl.cookiekeur.history.ScanDifference;
import nl.cookiekeur.history.ScanHistory;
import nl.cookiekeur.history.ScanHistoryOpener;
import nl.cookiekeur.history.ScanSnapshot;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.site.WebUrl;
import nl.cookiekeur.text.Language;
import nl.cookiekeur.web.account.RequestGuard;
import nl.cookiekeur.web.account.SignedIn;
import nl.cookiekeur.web.account.SiteRoles;
import nl.cookiekeur.web.page.PageContext;
import nl.cookiekeur.web.page.Templates;
import nl.cookiekeur.web.scan.ScanJobs;
import nl.cookiekeur.web.scan.ScanState;
import nl.cookiekeur.web.scan.TargetGuard;
import nl.cookiekeur.web.scan.TargetRefusedException;
import org.jspecify.annotations.Nullable;

/**
 * {@code /app/sites/{id}}: one site with "scan now", live progress (server-sent events at
 * {@code /app/sites/{id}/voortgang}), its scans, what changed since the previous scan, and the latest reports
 * ({@code /app/sites/{id}/scans/{n}/{file}}).
 */
public final class SitePages {
    /** The reports a scan folder holds and the app serves, with their media types. */
    static final Map<String, String> FILES = Map.of(
            "report.html", "text/html; charset=utf-8",
            "report.json", "application/json",
            "report.md", "text/markdown; charset=utf-8",
            "cookies.csv", "text/csv; charset=utf-8",
            "cookieverklaring.html", "text/html; charset=utf-8",
            "cookieverklaring.md", "text/markdown; charset=utf-8");

    private final SiteStore sites;
    private final ScanJobs jobs;
    private final @Nullable TargetGuard targets;
    private final String configuredHostRules;
    private final ScanHistoryOpener history;
    private final @Nullable String databaseUrl;
    private final Templates templates;
    private final RequestGuard guard;
    private final SiteRoles roles;

    /**
     * @param targets checks targets against private addresses, or {@code null} when an admin allowed private
     *     targets ({@code serve --allow-private-targets}); then the configured host rules apply
     */
    public SitePages(
            SiteStore sites,
            ScanJobs jobs,
            @Nullable TargetGuard targets,
            @Nullable String configuredHostRules,
            ScanHistoryOpener history,
            @Nullable String databaseUrl,
            Templates templates,
            RequestGuard guard,
            SiteRoles roles) {
        this.sites = sites;
        this.jobs = jobs;
        this.targets = targets;
        this.configuredHostRules = configuredHostRules == null ? "" : configuredHostRules;
        this.history = history;
        this.databaseUrl = databaseUrl;
        this.templates = templates;
        this.guard = guard;
        this.roles = roles;
    }

    /** The site's page. */
    public void show(Context ctx, PageContext page, SignedIn signedIn) {
        Optional<SiteRow> site = site(ctx);
        if (site.isEmpty()) {
            templates.problem(ctx, page, 404, page.t("site.unknown"));
            return;
        }
        render(ctx, page, signedIn, site.get(), 200, "");
    }

    /** Starts a scan (editors and admins), after the target check. */
    public void scan(Context ctx, PageContext page, SignedIn signedIn) {
        Optional<SiteRow> site = site(ctx);
        if (site.isEmpty()) {
            templates.problem(ctx, page, 404, page.t("site.unknown"));
            return;
        }
        if (!roles.mayChange(signedIn.account(), site.get().id())) {
            templates.problem(ctx, page, 403, page.t("security.siteViewer"));
            return;
        }
        WebUrl address = WebUrl.parse(site.get().address()).orElseThrow();
        String rules;
        try {
            rules = targets == null ? configuredHostRules : targets.pin(address);
        } catch (TargetRefusedException e) {
            render(ctx, page, signedIn, site.get(), 422, page.t("scan.refused", e.host()));
            return;
        }
        Optional<ScanJobs.Refusal> refused = jobs.start(site.get().id(), address, rules);
        if (refused.isPresent()) {
            String key = refused.get() == ScanJobs.Refusal.BUSY ? "scan.busy" : "scan.alreadyRunning";
            render(ctx, page, signedIn, site.get(), 409, page.t(key));
            return;
        }
        ctx.redirect(page.href(SitesPages.PATH + "/" + site.get().id()), HttpStatus.SEE_OTHER);
    }

    /** The live progress as server-sent events, for signed-in users only. */
    public void progress(SseClient client) {
        Context ctx = client.ctx();
        Optional<SignedIn> signedIn = guard.signedIn(ctx);
        Optional<SiteRow> site = site(ctx);
        if (signedIn.isEmpty() || site.isEmpty()) {
            client.close();
            return;
        }
        long id = site.get().id();
        client.keepAlive();
        Consumer<ScanState> listener = state -> {
            client.sendEvent("progress", state.json());
            if (!state.running()) {
                client.close();
            }
        };
        client.onClose(() -> jobs.stopListening(id, listener));
        jobs.listen(id, listener);
        jobs.state(id).ifPresent(listener);
    }

    /** A report file of one of the site's scans. */
    public void file(Context ctx, PageContext page, SignedIn signedIn) throws IOException {
        Optional<SiteRow> site = site(ctx);
        String name = ctx.pathParam("file");
        String type = FILES.get(name);
        long number = number(ctx.pathParam("scan"));
        if (site.isEmpty() || type == null || number < 1) {
            templates.problem(ctx, page, 404, page.t("problem.notFound"));
            return;
        }
        Optional<ScanSnapshot> snapshot;
        try (ScanHistory scans = history.open(databaseUrl)) {
            snapshot = scans.find(number);
        }
        if (snapshot.isEmpty()
                || !snapshot.get().scan().site().equals(site.get().host())) {
            templates.problem(ctx, page, 404, page.t("problem.notFound"));
            return;
        }
        Path folder = Path.of(snapshot.get().scan().reportFolder());
        Path english = folder.resolve(ScanJobs.ENGLISH_FOLDER).resolve(name);
        // a scan from before the English reports, or from the command line, has the Dutch ones only
        Path file =
                page.language() == Language.ENGLISH && Files.isRegularFile(english) ? english : folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            templates.problem(ctx, page, 404, page.t("problem.notFound"));
            return;
        }
        // The reports carry their own inline styles; they get no script, no framing and no other origin.
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox");
        ctx.header("Cache-Control", "no-store");
        if (!type.startsWith("text/html")) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        }
        ctx.contentType(type);
        ctx.result(Files.readAllBytes(file));
    }

    private void render(Context ctx, PageContext page, SignedIn signedIn, SiteRow site, int status, String error) {
        List<StoredScan> scans;
        List<String> fixed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> stillOpen = new ArrayList<>();
        try (ScanHistory stored = history.open(databaseUrl)) {
            scans = stored.list(site.host(), 20);
            if (scans.size() > 1) {
                Optional<ScanSnapshot> newer = stored.find(scans.get(0).number());
                Optional<ScanSnapshot> older = stored.find(scans.get(1).number());
                if (newer.isPresent() && older.isPresent()) {
                    ScanDifference difference = ScanDifference.between(older.get(), newer.get());
                    difference.removed("finding").forEach(item -> fixed.add(item.label()));
                    difference.added("finding").forEach(item -> added.add(item.label()));
                    List<String> addedKeys = difference.added("finding").stream()
                            .map(HistoryItem::key)
                            .toList();
                    newer.get().items().stream()
                            .filter(item -> item.kind().equals("finding") && !addedKeys.contains(item.key()))
                            .forEach(item -> stillOpen.add(item.label()));
                }
            }
        }
        List<SiteView.Download> files = new ArrayList<>();
        if (!scans.isEmpty()) {
            String base = SitesPages.PATH + "/" + site.id() + "/scans/"
                    + scans.getFirst().number() + "/";
            for (String name : List.of(
                    "report.html",
                    "report.json",
                    "report.md",
                    "cookies.csv",
                    "cookieverklaring.html",
                    "cookieverklaring.md")) {
                files.add(new SiteView.Download(page.t("file." + name), base + name));
            }
        }
        SiteView view = new SiteView(
                site,
                roles.on(signedIn.account(), site.id()),
                jobs.state(site.id()).orElse(null),
                scans,
                fixed,
                added,
                stillOpen,
                files);
        templates.render(ctx, status, "sites/site.jte", Map.of("page", page, "view", view, "error", error));
    }

    private Optional<SiteRow> site(Context ctx) {
        long id = number(ctx.pathParam("id"));
        return id < 1 ? Optional.empty() : sites.find(id);
    }

    private static long number(String text) {
        try {
            return text.length() > 18 ? -1 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
