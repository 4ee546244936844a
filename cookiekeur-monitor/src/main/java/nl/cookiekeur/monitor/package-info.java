/** The monitor: monitored sites and their rescans as jobs of db-scheduler on the shared database (ADR 0009). */
@NullMarked
package nl.cookiekeur.monitor;

import org.jspecify.annotations.NullMarked;
