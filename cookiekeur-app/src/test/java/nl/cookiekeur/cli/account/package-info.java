/** Tests of {@code cookiekeur user} and of the web app on the server that {@code serve} starts. */
@NullMarked
package nl.cookiekeur.cli.account;

import org.jspecify.annotations.NullMarked;
