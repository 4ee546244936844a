/** Tests of the report view: words, verdict, plain durations. */
@NullMarked
package nl.cookiekeur.reporting.view;

import org.jspecify.annotations.NullMarked;
