/** The admins' page of roles per site: grant and revoke. */
@NullMarked
package nl.cookiekeur.web.role;

import org.jspecify.annotations.NullMarked;
