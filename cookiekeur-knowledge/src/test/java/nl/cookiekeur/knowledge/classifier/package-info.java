@NullMarked
package nl.cookiekeur.knowledge.classifier;

import org.jspecify.annotations.NullMarked;
