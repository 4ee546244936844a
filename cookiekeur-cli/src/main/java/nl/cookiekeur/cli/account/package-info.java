/** {@code cookiekeur user}: accounts of the web app. */
@NullMarked
package nl.cookiekeur.cli.account;

import org.jspecify.annotations.NullMarked;
