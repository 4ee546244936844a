package nl.cookiekeur.web;

import java.util.List;
import java.util.Optional;
import nl.cookiekeur.web.account.Account;
import nl.cookiekeur.web.account.ApiTokenStore;
import nl.cookiekeur.web.account.SiteRoles;
import nl.cookiekeur.web.consent.ConsentPages;
import nl.cookiekeur.web.sites.SiteRow;
import nl.cookiekeur.web.sites.SiteStore;

/**
 * Which API tokens the ledger's admin API accepts for a ledger site: an unrevoked token of a user who may change
 * that site. The ledger site is matched to the portfolio's sites by its id (the host as a slug, see
 * {@link ConsentPages#ledgerSite}); the user's role there follows {@link SiteRoles} (a role granted on the site
 * replaces the own role). A ledger site that no portfolio site matches (the demo, a site published from the
 * command line) is judged by the user's own role.
 */
final class AdminTokens {
    private final ApiTokenStore tokens;
    private final SiteStore sites;
    private final SiteRoles roles;

    AdminTokens(ApiTokenStore tokens, SiteStore sites, SiteRoles roles) {
        this.tokens = tokens;
        this.sites = sites;
        this.roles = roles;
    }

    boolean accepts(String token, String ledgerSite) {
        Optional<Account> owner = tokens.owner(token);
        if (owner.isEmpty()) {
            return false;
        }
        Account account = owner.get();
        List<Long> matching = sites.all().stream()
                .filter(site -> ConsentPages.ledgerSite(site.host()).equals(ledgerSite))
                .map(SiteRow::id)
                .toList();
        if (matching.isEmpty()) {
            return account.role().mayChange();
        }
        return matching.stream().allMatch(site -> roles.mayChange(account, site));
    }
}
