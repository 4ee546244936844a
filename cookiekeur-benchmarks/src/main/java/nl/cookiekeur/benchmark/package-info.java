/** JMH benchmarks for the knowledge base and the classifier. */
@NullMarked
package nl.cookiekeur.benchmark;

import org.jspecify.annotations.NullMarked;
