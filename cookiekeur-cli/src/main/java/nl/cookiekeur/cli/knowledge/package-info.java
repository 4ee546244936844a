/** {@code cookiekeur knowledge ...}: commands about known and unknown cookies. */
@NullMarked
package nl.cookiekeur.cli.knowledge;

import org.jspecify.annotations.NullMarked;
