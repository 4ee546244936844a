/** The commands of the consent platform: {@code serve} and {@code consent verify|export|config|purge}. */
@NullMarked
package nl.cookiekeur.cli.consent;

import org.jspecify.annotations.NullMarked;
