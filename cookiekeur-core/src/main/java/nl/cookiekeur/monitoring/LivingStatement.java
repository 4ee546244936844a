package nl.cookiekeur.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.cookiekeur.report.StatementLine;
import nl.cookiekeur.text.Language;

/**
 * A monitored site's published cookie statement in one language, from its latest completed scan: the items whose
 * description the owner approved (with that description as their purpose), and the items that wait for approval
 * (never published).
 *
 * @param site the site
 * @param language the statement's language
 * @param scanNumber the scan it comes from
 * @param scannedAt when that scan ended
 * @param published the approved items, with the approved description
 * @param pending the items not yet approved, with the generated description
 */
public record LivingStatement(
        MonitoredSite site,
        Language language,
        long scanNumber,
        Instant scannedAt,
        List<StatementLine> published,
        List<StatementLine> pending) {

    public LivingStatement {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(scannedAt, "scannedAt");
        published = List.copyOf(published);
        pending = List.copyOf(pending);
    }
}
