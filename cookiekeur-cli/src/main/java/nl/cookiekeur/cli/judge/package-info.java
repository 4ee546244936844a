/** Judging evidence: assessment, reports, history and the summary with its exit code. */
@NullMarked
package nl.cookiekeur.cli.judge;

import org.jspecify.annotations.NullMarked;
