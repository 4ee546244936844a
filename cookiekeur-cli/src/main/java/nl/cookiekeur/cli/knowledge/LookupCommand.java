package nl.cookiekeur.cli.knowledge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.classification.CookieLookup;
import nl.cookiekeur.classification.CookieQuery;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.ReportingCommand;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cookiekeur knowledge lookup <name>}: what is known about a cookie or storage key. */
@Command(name = "lookup", mixinStandardHelpOptions = true)
final class LookupCommand extends ReportingCommand {
    private final CliServices services;

    @Parameters(index = "0", paramLabel = "<naam>", descriptionKey = "knowledge.lookup.name")
    @SuppressWarnings("NullAway.Init") // required parameter, set by picocli
    private String name;

    @Option(names = "--domain", paramLabel = "<domein>", descriptionKey = "knowledge.lookup.domain")
    private @Nullable String domain;

    @Option(names = "--script", paramLabel = "<url>", descriptionKey = "knowledge.lookup.script")
    private @Nullable String script;

    @Option(names = "--site", paramLabel = "<url>", descriptionKey = "knowledge.lookup.site")
    private @Nullable String site;

    LookupCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Messages messages = messages();
        if (name.isBlank()) {
            throw new BadInputException(messages.get("knowledge.error.emptyName"));
        }
        String cookieDomain = host(domain, "--domain", messages);
        CookieQuery query = new CookieQuery(
                name.strip(), cookieDomain, host(script, "--script", messages), host(site, "--site", messages));
        CookieLookup lookup = services.knowledgeBase().lookup(query);
        Tracker tracker = cookieDomain == null
                ? null
                : services.knowledgeBase().trackerForHost(cookieDomain).orElse(null);
        LookupVerdict verdict = LookupVerdict.of(
                query.name(),
                cookieDomain,
                query.siteHost(),
                pagePath(site),
                services.cookieClassifier(),
                new CookieAdvisor(services.advisor()),
                messages.language());
        LookupReport report = LookupReport.of(query.name(), cookieDomain, lookup, tracker, verdict);
        show(report, page -> new LookupPage(page, messages).print(report, lookup));
        return ExitCode.OK.code();
    }

    /** The path of a page given as {@code --site} (a checkout page counts for a payment provider), or "/". */
    private static String pagePath(@Nullable String value) {
        if (value == null || !value.contains("://")) {
            return "/";
        }
        try {
            String path = new URI(value.strip()).getPath();
            return path == null || path.isEmpty() ? "/" : path;
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    /** The host of a URL or the host itself, lower-cased; bad input when it is neither. */
    private static @Nullable String host(@Nullable String value, String option, Messages messages) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        String host = text;
        if (text.contains("://")) {
            try {
                host = new URI(text).getHost();
            } catch (URISyntaxException e) {
                host = null;
            }
        }
        if (host == null || host.isEmpty() || !host.matches("\\.?[\\p{L}\\p{N}._:\\[\\]-]+\\.?")) {
            throw new BadInputException(messages.get("knowledge.error.badHost", value, option));
        }
        return host.toLowerCase(Locale.ROOT);
    }
}
