package nl.cookiekeur.cli.monitor;

import java.net.URI;
import java.net.URISyntaxException;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.DatabaseOption;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.ReportingCommand;
import nl.cookiekeur.monitoring.AlertTargets;
import nl.cookiekeur.monitoring.Frequency;
import nl.cookiekeur.monitoring.MonitorException;
import nl.cookiekeur.monitoring.MonitoredSite;
import nl.cookiekeur.monitoring.NewSite;
import nl.cookiekeur.monitoring.SiteRegistry;
import nl.cookiekeur.site.WebUrl;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cookiekeur sites add <url>}: monitor a site; its first scan is due at once. */
@Command(name = "add", mixinStandardHelpOptions = true)
final class SitesAddCommand extends ReportingCommand {

    private final CliServices services;

    @Parameters(index = "0", paramLabel = "<url>", descriptionKey = "sites.option.url")
    @SuppressWarnings("NullAway.Init") // set by picocli before call()
    private String url;

    @Option(
            names = "--every",
            paramLabel = "<day|week|month>",
            defaultValue = "week",
            descriptionKey = "sites.option.every")
    private String every = "week";

    @Option(names = "--pages", paramLabel = "<n>", defaultValue = "5", descriptionKey = "sites.option.pages")
    private int pages = 5;

    @Option(names = "--host-rules", paramLabel = "<regels>", descriptionKey = "scan.option.hostRules")
    private @Nullable String hostRules;

    @Option(names = "--ignore-https-errors", descriptionKey = "scan.option.ignoreHttpsErrors")
    private boolean ignoreHttpsErrors;

    @Option(names = "--alert-email", paramLabel = "<adres>", descriptionKey = "sites.option.alertEmail")
    private @Nullable String alertEmail;

    @Option(names = "--alert-webhook", paramLabel = "<url>", descriptionKey = "sites.option.alertWebhook")
    private @Nullable String alertWebhook;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    SitesAddCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Messages messages = messages();
        NewSite wanted = wanted(messages);
        MonitoredSite site;
        try (SiteRegistry registry = services.monitor().sites(database.url())) {
            site = registry.add(wanted);
        } catch (MonitorException e) {
            if (e.reason() == MonitorException.Reason.DUPLICATE) {
                throw new BadInputException(messages.get("sites.error.duplicate", wanted.url()));
            }
            throw e;
        }
        show(
                SiteView.of(site),
                page -> page.paragraph(messages.get(
                        "sites.added", site.id(), site.site().url(), messages.get("sites.every." + every()))));
        return ExitCode.OK.code();
    }

    private NewSite wanted(Messages messages) {
        String text = url.strip();
        WebUrl target = WebUrl.parse(text.contains("://") ? text : "https://" + text)
                .filter(u -> u.toString().length() <= 2048)
                .orElseThrow(() -> new BadInputException(messages.get("sites.error.url")));
        Frequency frequency = Frequency.fromCode(every)
                .orElseThrow(() -> new BadInputException(messages.get("sites.error.every", every)));
        if (pages < 1 || pages > NewSite.MAX_PAGES) {
            throw new BadInputException(messages.get("scan.error.range", "--pages", pages, 1, NewSite.MAX_PAGES));
        }
        String rules = hostRules == null || hostRules.isBlank() ? null : hostRules.strip();
        if (rules != null && rules.length() > 8192) {
            throw new BadInputException(messages.get("sites.error.hostRules"));
        }
        return new NewSite(target, frequency, pages, rules, ignoreHttpsErrors, alerts(messages));
    }

    private AlertTargets alerts(Messages messages) {
        String email = alertEmail == null || alertEmail.isBlank() ? null : alertEmail.strip();
        if (email != null && !AlertTargets.isEmail(email)) {
            throw new BadInputException(messages.get("sites.error.email", email));
        }
        URI webhook = null;
        if (alertWebhook != null && !alertWebhook.isBlank()) {
            try {
                webhook = new URI(alertWebhook.strip());
            } catch (URISyntaxException e) {
                throw new BadInputException(messages.get("sites.error.webhook"));
            }
            if (!AlertTargets.webUrl(webhook)) {
                throw new BadInputException(messages.get("sites.error.webhook"));
            }
        }
        return new AlertTargets(email, webhook);
    }

    private String every() {
        return Frequency.fromCode(every).map(Frequency::code).orElse("week");
    }
}
