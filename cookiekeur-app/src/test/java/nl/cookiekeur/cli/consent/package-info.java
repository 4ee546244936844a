@NullMarked
package nl.cookiekeur.cli.consent;

import org.jspecify.annotations.NullMarked;
