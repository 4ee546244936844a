/** Profiles of widely used web technologies, each judged by the beslisboom, and the catalogue that holds them. */
@NullMarked
package nl.cookiekeur.profile;

import org.jspecify.annotations.NullMarked;
