/** Cookiekeur's core: the legal model and the values every adapter shares. */
@NullMarked
package nl.cookiekeur;

import org.jspecify.annotations.NullMarked;
