/**
 * Accounts and sign-in: Argon2id password hashes, database sessions with their CSRF token, login throttling
 * and the guard that lets only signed-in users through.
 */
@NullMarked
package nl.cookiekeur.web.account;

import org.jspecify.annotations.NullMarked;
