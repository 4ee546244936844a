/**
 * The site model: a scanned web address ({@link nl.cookiekeur.site.WebUrl}), normalised host names and the one
 * answer to "which registrable domain (site) is this host?" ({@link nl.cookiekeur.site.RegistrableDomain}),
 * decided by the Public Suffix List shipped as data with this module. Every module asks here, so a request's
 * third-party flag, a cookie's party and a report's party label cannot disagree.
 */
@NullMarked
package nl.cookiekeur.site;

import org.jspecify.annotations.NullMarked;
