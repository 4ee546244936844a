/** {@code /app/sites/{id}/toestemming}: a site's banner configuration, consent log, proof export and chain check. */
@NullMarked
package nl.cookiekeur.web.consent;

import org.jspecify.annotations.NullMarked;
