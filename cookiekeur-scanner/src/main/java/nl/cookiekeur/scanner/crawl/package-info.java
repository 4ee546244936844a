/** Choosing which pages of a site a scan visits: links, sitemap.xml and a deep entry page. */
@NullMarked
package nl.cookiekeur.scanner.crawl;

import org.jspecify.annotations.NullMarked;
