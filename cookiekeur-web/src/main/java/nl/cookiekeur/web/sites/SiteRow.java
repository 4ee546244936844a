package nl.cookiekeur.web.sites;

/**
 * A site of the portfolio.
 *
 * @param id the database id
 * @param address the address to scan
 * @param host the host, for display and sorting
 * @param addedAt when it was added, epoch milliseconds
 */
public record SiteRow(long id, String address, String host, long addedAt) {}
