/** What a page sends and receives, recorded through the Chrome DevTools Protocol: requests with their initiators, cookies set by responses, and the cookie jar. */
@NullMarked
package nl.cookiekeur.scanner.network;

import org.jspecify.annotations.NullMarked;
