package nl.cookiekeur.web;

import io.javalin.config.JavalinConfig;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import nl.cookiekeur.account.UserAccounts;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.database.DatabaseOpener;
import nl.cookiekeur.database.RelationalDatabase;
import nl.cookiekeur.history.ScanHistory;
import nl.cookiekeur.history.ScanHistoryOpener;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.profile.ToolCatalogue;
import nl.cookiekeur.web.account.AccountStore;
import nl.cookiekeur.web.account.ApiTokenStore;
import nl.cookiekeur.web.account.DatabaseUserAccounts;
import nl.cookiekeur.web.account.LoginPages;
import nl.cookiekeur.web.account.LoginThrottle;
import nl.cookiekeur.web.account.RequestGuard;
import nl.cookiekeur.web.account.SessionStore;
import nl.cookiekeur.web.account.SiteRoles;
import nl.cookiekeur.web.account.TokenPages;
import nl.cookiekeur.web.consent.ConsentPages;
import nl.cookiekeur.web.page.StaticAssets;
import nl.cookiekeur.web.page.Templates;
import nl.cookiekeur.web.role.RolePages;
import nl.cookiekeur.web.scan.ScanJobs;
import nl.cookiekeur.web.scan.ScanServices;
import nl.cookiekeur.web.scan.TargetGuard;
import nl.cookiekeur.web.sites.Portfolio;
import nl.cookiekeur.web.sites.ScanPlatforms;
import nl.cookiekeur.web.sites.SitePages;
import nl.cookiekeur.web.sites.SiteStore;
import nl.cookiekeur.web.sites.SitesPages;
import nl.cookiekeur.web.tools.ToolPages;
import nl.cookiekeur.web.wizard.WizardPages;
import org.jspecify.annotations.Nullable;

/**
 * The web app: its pages join the ledger's server (same Javalin app, same port) under {@code /app}. The app
 * hands {@link #register} to the ledger, which calls it while it configures its server.
 */
public final class WebApp {
    /** Where the app's pages start. */
    public static final String PATH = "/app";

    private final DecisionTree tree;
    private final Advisor advisor;
    private final ToolCatalogue tools;
    private final DatabaseOpener databases;
    private final ScanServices scans;
    private final Clock clock;
    private volatile @Nullable AdminTokens tokens;

    public WebApp(
            DecisionTree tree,
            Advisor advisor,
            ToolCatalogue tools,
            DatabaseOpener databases,
            ScanServices scans,
            Clock clock) {
        this.tree = tree;
        this.advisor = advisor;
        this.tools = tools;
        this.databases = databases;
        this.scans = scans;
        this.clock = clock;
    }

    /** The accounts port for {@code cookiekeur user add}. */
    public UserAccounts accounts() {
        return new DatabaseUserAccounts(databases, clock);
    }

    /**
     * Whether the ledger's admin API accepts this bearer token for {@code ledgerSite}: an unrevoked API token of a
     * user who may change that site in the running app (editor or admin there).
     */
    public boolean acceptsAdminToken(String token, String ledgerSite) {
        AdminTokens current = tokens;
        return current != null && current.accepts(token, ledgerSite);
    }

    /** Like {@link #register(JavalinConfig, ServerSettings, ConsentLedger)}, without the consent pages. */
    public AutoCloseable register(JavalinConfig config, ServerSettings settings) {
        return register(config, settings, null);
    }

    /**
     * Opens the database of {@code settings}, brings the app's tables up to date and adds the app's routes; the
     * consent pages use {@code ledger}, the server's own ledger (none without it).
     *
     * @return closes the app's database and scan history; the server calls it when it stops
     */
    public AutoCloseable register(JavalinConfig config, ServerSettings settings, @Nullable ConsentLedger ledger) {
        RelationalDatabase database = databases.open(settings.databaseUrl());
        @Nullable ScanHistory history = null;
        try {
            ScanHistory opened = scans.history().open(settings.databaseUrl());
            history = opened;
            ScanHistoryOpener kept = url -> new KeptHistory(opened);
            SecureRandom random = new SecureRandom();
            AccountStore accounts = new AccountStore(database, clock, random);
            SessionStore sessions = new SessionStore(database, accounts, clock, random);
            Templates templates = new Templates();
            RequestGuard guard = new RequestGuard(sessions);
            ApiTokenStore apiTokens = new ApiTokenStore(database, accounts, clock, random);
            SiteStore sites = new SiteStore(database, clock);
            SiteRoles roles = new SiteRoles(database, clock);
            ScanJobs jobs = new ScanJobs(scans, settings.databaseUrl(), clock);
            @Nullable TargetGuard targets = settings.allowPrivateTargets() ? null : TargetGuard.system();
            new WebRoutes(templates, guard)
                    .register(
                            config,
                            new WizardPages(tree, advisor, templates),
                            new ToolPages(tools, tree, templates),
                            new LoginPages(accounts, sessions, new LoginThrottle(clock), templates),
                            new SitesPages(
                                    sites,
                                    new Portfolio(
                                            sites,
                                            kept,
                                            settings.databaseUrl(),
                                            new ScanPlatforms(database, scans.archive())),
                                    templates),
                            new SitePages(
                                    sites,
                                    jobs,
                                    targets,
                                    scans.hostRules(),
                                    kept,
                                    settings.databaseUrl(),
                                    templates,
                                    guard,
                                    roles),
                            new TokenPages(apiTokens, templates),
                            new RolePages(accounts, sites, roles, templates),
                            ledger == null
                                    ? null
                                    : new ConsentPages(
                                            sites,
                                            ledger,
                                            templates,
                                            clock,
                                            ZoneId.of("Europe/Amsterdam"),
                                            roles,
                                            kept,
                                            settings.databaseUrl()),
                            new StaticAssets());
            tokens = new AdminTokens(apiTokens, sites, roles);
            return () -> {
                tokens = null;
                opened.close();
                database.close();
            };
        } catch (RuntimeException e) {
            if (history != null) {
                history.close();
            }
            database.close();
            throw e;
        }
    }
}
