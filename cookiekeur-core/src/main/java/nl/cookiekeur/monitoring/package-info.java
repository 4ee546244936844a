/**
 * Monitoring: sites rescanned on a schedule by workers of a job engine, each rescan compared with the one before;
 * the ports the monitor adapter implements.
 */
@NullMarked
package nl.cookiekeur.monitoring;

import org.jspecify.annotations.NullMarked;
