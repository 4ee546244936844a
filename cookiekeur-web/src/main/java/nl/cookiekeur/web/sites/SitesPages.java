package nl.cookiekeur.web.sites;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.history.ScanHistory;
import nl.cookiekeur.history.ScanHistoryOpener;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.site.WebUrl;
import nl.cookiekeur.web.account.SignedIn;
import nl.cookiekeur.web.page.PageContext;
import nl.cookiekeur.web.page.Templates;
import org.jspecify.annotations.Nullable;

/** {@code /app/sites}: the portfolio, and adding a site (editors and admins only). */
public final class SitesPages {
    /** The portfolio's address. */
    public static final String PATH = "/app/sites";

    private final SiteStore sites;
    private final ScanHistoryOpener history;
    private final @Nullable String databaseUrl;
    private final Templates templates;

    public SitesPages(SiteStore sites, ScanHistoryOpener history, @Nullable String databaseUrl, Templates templates) {
        this.sites = sites;
        this.history = history;
        this.databaseUrl = databaseUrl;
        this.templates = templates;
    }

    /** The portfolio. */
    public void list(Context ctx, PageContext page, SignedIn signedIn) {
        render(
                ctx,
                page,
                signedIn,
                200,
                "",
                Optional.ofNullable(ctx.queryParam("toegevoegd")).isPresent() ? page.t("sites.added") : "");
    }

    /** Adds the site in the form, then shows the portfolio. */
    public void add(Context ctx, PageContext page, SignedIn signedIn) {
        if (!signedIn.account().role().mayChange()) {
            templates.problem(ctx, page, 403, page.t("security.viewer"));
            return;
        }
        Optional<WebUrl> address = WebUrl.parse(ctx.formParam("address"));
        if (address.isEmpty()) {
            render(ctx, page, signedIn, 400, page.t("sites.invalidAddress"), "");
            return;
        }
        if (!sites.add(address.get(), signedIn.account().id())) {
            render(ctx, page, signedIn, 409, page.t("sites.exists", address.get()), "");
            return;
        }
        ctx.redirect(page.href(PATH + "?toegevoegd=1"), HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, PageContext page, SignedIn signedIn, int status, String error, String notice) {
        List<PortfolioRow> rows = new ArrayList<>();
        try (ScanHistory scans = history.open(databaseUrl)) {
            for (SiteRow site : sites.all()) {
                List<StoredScan> last = scans.list(site.host(), 1);
                rows.add(new PortfolioRow(site, last.isEmpty() ? null : last.getFirst()));
            }
        }
        String sort = Optional.ofNullable(ctx.queryParam("sorteer")).orElse("ernst");
        Comparator<PortfolioRow> order = switch (sort) {
            case "naam" -> Comparator.comparing(row -> row.site().host());
            case "bevindingen" ->
                Comparator.comparingInt(PortfolioRow::findings).reversed();
            default -> Comparator.comparingInt(PortfolioRow::seriousness);
        };
        rows.sort(order.thenComparing(row -> row.site().host()));
        String severity = Optional.ofNullable(ctx.queryParam("ernst")).orElse("");
        int atLeast = PortfolioRow.seriousness(severity);
        if (!severity.isEmpty() && atLeast < PortfolioRow.seriousness("geen")) {
            rows.removeIf(row -> row.seriousness() > atLeast);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("rows", rows);
        model.put("sort", sort);
        model.put("severity", severity);
        model.put("mayChange", signedIn.account().role().mayChange());
        model.put("error", error);
        model.put("notice", notice);
        templates.render(ctx, status, "sites/list.jte", model);
    }
}
