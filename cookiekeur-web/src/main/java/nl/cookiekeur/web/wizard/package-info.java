/** The beslisboom as a web wizard: one question per page, plain GET forms, the answers in the address. */
@NullMarked
package nl.cookiekeur.web.wizard;

import org.jspecify.annotations.NullMarked;
