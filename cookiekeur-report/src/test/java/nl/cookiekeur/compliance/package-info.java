/** Assessment tests against the shipped knowledge base (core itself may not depend on it). */
@NullMarked
package nl.cookiekeur.compliance;

import org.jspecify.annotations.NullMarked;
