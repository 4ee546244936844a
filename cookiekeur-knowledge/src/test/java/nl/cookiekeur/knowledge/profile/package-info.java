/** Tests of the tool profile catalogue and its loader. */
@NullMarked
package nl.cookiekeur.knowledge.profile;

import org.jspecify.annotations.NullMarked;
