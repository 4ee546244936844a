/** The Markdown reports for tickets and pull requests, with site strings escaped for Markdown and HTML. */
@NullMarked
package nl.cookiekeur.reporting.markdown;

import org.jspecify.annotations.NullMarked;
