package nl.cookiekeur.web.sites;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.cookiekeur.site.WebUrl;
import nl.cookiekeur.web.account.SignedIn;
import nl.cookiekeur.web.page.PageContext;
import nl.cookiekeur.web.page.Templates;

/** {@code /app/sites}: the portfolio, and adding a site (editors and admins only). */
public final class SitesPages {
    /** The portfolio's address. */
    public static final String PATH = "/app/sites";

    /** The CMP filter's value for "no consent platform recognised". */
    static final String NO_CMP = "-";

    /** At most this many vendors are offered in the filter. */
    static final int MAX_VENDORS = 300;

    private final SiteStore sites;
    private final Portfolio portfolio;
    private final Templates templates;

    public SitesPages(SiteStore sites, Portfolio portfolio, Templates templates) {
        this.sites = sites;
        this.portfolio = portfolio;
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
        List<PortfolioRow> rows = new ArrayList<>(portfolio.rows());
        boolean any = !rows.isEmpty();
        TreeSet<String> cmps = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> vendors = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        rows.forEach(row -> {
            if (!row.cmp().isEmpty()) {
                cmps.add(row.cmp());
            }
            vendors.addAll(row.vendors());
        });
        String cmp = Optional.ofNullable(ctx.queryParam("cmp")).orElse("");
        if (cmp.equals(NO_CMP)) {
            rows.removeIf(row -> !row.scanned() || !row.cmp().isEmpty());
        } else if (!cmp.isEmpty()) {
            rows.removeIf(row -> !row.cmp().equalsIgnoreCase(cmp));
        }
        String vendor = Optional.ofNullable(ctx.queryParam("partij")).orElse("");
        if (!vendor.isEmpty()) {
            rows.removeIf(row -> row.vendors().stream().noneMatch(v -> v.equalsIgnoreCase(vendor)));
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
        model.put("cmp", cmp);
        model.put("cmps", List.copyOf(cmps));
        model.put("vendor", vendor);
        model.put("vendors", vendors.stream().limit(MAX_VENDORS).toList());
        model.put("any", any);
        model.put("mayChange", signedIn.account().role().mayChange());
        model.put("error", error);
        model.put("notice", notice);
        templates.render(ctx, status, "sites/list.jte", model);
    }
}
