package nl.cookiekeur.monitoring;

import java.util.List;
import java.util.Optional;
import nl.cookiekeur.text.Language;

/** The monitored sites and their rescans, in the shared database; each added site is scheduled at once. */
public interface SiteRegistry extends AutoCloseable {

    /**
     * Adds a site and schedules its first scan now.
     *
     * @throws MonitorException when the site is already monitored or the database fails
     */
    MonitoredSite add(NewSite site);

    /** The monitored sites, oldest first. */
    List<MonitoredSite> list();

    /** The site with this number. */
    Optional<MonitoredSite> find(long id);

    /** Stops monitoring a site (its scan history stays); whether it was monitored. */
    boolean remove(long id);

    /**
     * Makes the site's next scan due now (its regular schedule continues from there); {@code false} when a
     * worker is scanning it at this moment or it is not monitored.
     */
    boolean rescanNow(long id);

    /** The site's rescan attempts, newest first, at most {@code limit}. */
    List<SiteRun> runs(long siteId, int limit);

    /** The comparison a completed run recorded. */
    List<SiteChange> changes(long runId);

    /**
     * The site's cookie statement from its latest completed scan that kept one: approved items published, new
     * ones pending; empty when the site is unknown or has no such scan yet.
     */
    Optional<LivingStatement> statement(long siteId, Language language);

    /**
     * Approves pending (or re-describes published) items of the site's latest statement; the number of items
     * approved (0 when none matched).
     */
    int approve(long siteId, Approval approval);

    @Override
    void close();
}
