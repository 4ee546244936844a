/** The worker: db-scheduler claims due rescans, heartbeats, revives dead ones and retries failures. */
@NullMarked
package nl.cookiekeur.monitor.engine;

import org.jspecify.annotations.NullMarked;
