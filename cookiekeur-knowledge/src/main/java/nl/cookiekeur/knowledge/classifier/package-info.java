/**
 * The unknown-cookie classifier: features from the cookie itself, a small multinomial logistic regression
 * trained from the shipped knowledge data, temperature calibration and a grouped evaluation.
 */
@NullMarked
package nl.cookiekeur.knowledge.classifier;

import org.jspecify.annotations.NullMarked;
