/** What every page shares: language, texts, templates, security headers and static files. */
@NullMarked
package nl.cookiekeur.web.page;

import org.jspecify.annotations.NullMarked;
