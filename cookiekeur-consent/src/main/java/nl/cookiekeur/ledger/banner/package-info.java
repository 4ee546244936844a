/**
 * The consent banner's build step: minifies the banner script (Closure Compiler) and stylesheet into
 * the classpath resources the ledger serves.
 */
@NullMarked
package nl.cookiekeur.ledger.banner;

import org.jspecify.annotations.NullMarked;
