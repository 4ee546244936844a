/**
 * The web app (issue 13, ADR 0010): HTML pages on the consent ledger's Javalin server, rendered with
 * precompiled jte templates. {@link nl.cookiekeur.web.WebApp} adds its routes under {@code /app}.
 */
@NullMarked
package nl.cookiekeur.web;

import org.jspecify.annotations.NullMarked;
