/**
 * Accounts and sign-in: Argon2id password hashes, database sessions with their CSRF token, login throttling
 * the guard that lets only signed-in users through, and the roles per site.
 */
@NullMarked
package nl.cookiekeur.web.account;

import org.jspecify.annotations.NullMarked;
