/** Host names and registrable domains, using the maintained Public Suffix List shipped with Guava. */
@NullMarked
package nl.cookiekeur.knowledge.domain;

import org.jspecify.annotations.NullMarked;
