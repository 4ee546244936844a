/** JMH benchmarks for the knowledge base and the classifier, and harnesses that time whole pages and engines. */
@NullMarked
package nl.cookiekeur.benchmark;

import org.jspecify.annotations.NullMarked;
