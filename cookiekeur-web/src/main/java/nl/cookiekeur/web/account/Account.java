package nl.cookiekeur.web.account;

import nl.cookiekeur.account.Role;

/**
 * A user of the web app as stored.
 *
 * @param id the database id
 * @param email the address the user signs in with (lower case)
 * @param role what the user may do
 * @param passwordHash the Argon2id hash in PHC format
 */
public record Account(long id, String email, Role role, String passwordHash) {
    @Override
    public String toString() {
        return "Account[" + id + ", " + email + ", " + role.id() + "]";
    }
}
