/** Loaders and validation of the shipped data files: Open Cookie Database, WhoTracks.me and our curated rows. */
@NullMarked
package nl.cookiekeur.knowledge.data;

import org.jspecify.annotations.NullMarked;
