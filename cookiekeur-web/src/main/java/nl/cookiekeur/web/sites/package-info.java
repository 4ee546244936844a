/** The signed-in pages of the sites: the portfolio and adding a site. */
@NullMarked
package nl.cookiekeur.web.sites;

import org.jspecify.annotations.NullMarked;
