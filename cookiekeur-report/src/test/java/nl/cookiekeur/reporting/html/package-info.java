/** Tests of the HTML writer's guards. */
@NullMarked
package nl.cookiekeur.reporting.html;

import org.jspecify.annotations.NullMarked;
