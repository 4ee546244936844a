/** Tests of the report writer: golden files, the JSON Schema, escaping, and rendering in Chromium. */
@NullMarked
package nl.cookiekeur.reporting;

import org.jspecify.annotations.NullMarked;
