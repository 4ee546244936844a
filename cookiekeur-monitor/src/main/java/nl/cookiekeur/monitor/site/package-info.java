/** The monitored sites, their rescan attempts and changes, and the job table they are scheduled in. */
@NullMarked
package nl.cookiekeur.monitor.site;

import org.jspecify.annotations.NullMarked;
