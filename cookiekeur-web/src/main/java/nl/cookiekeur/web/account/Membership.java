package nl.cookiekeur.web.account;

import nl.cookiekeur.account.Role;

/**
 * A role one user has on one site, overriding the user's own role there.
 *
 * @param siteId the site's database id
 * @param address the site's address
 * @param userId the user's database id
 * @param email the user's address
 * @param role the role on that site
 */
public record Membership(long siteId, String address, long userId, String email, Role role) {}
