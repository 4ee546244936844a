/**
 * What every report format shows, computed once from an assessment: the verdict, the rows per phase with
 * their advice joined in, the draft cookie statement, and the words in Dutch and English. Everything here
 * is plain data; the formats escape it.
 */
@NullMarked
package nl.cookiekeur.reporting.view;

import org.jspecify.annotations.NullMarked;
