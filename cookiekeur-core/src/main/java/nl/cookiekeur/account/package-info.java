/**
 * Accounts of the web app: who may sign in and with which {@link nl.cookiekeur.account.Role}; the port
 * {@link nl.cookiekeur.account.UserAccounts} that the web adapter implements and the command line uses to
 * create the first user.
 */
@NullMarked
package nl.cookiekeur.account;

import org.jspecify.annotations.NullMarked;
