/** Alerts about a rescan's new trackers, cookies and serious findings: e-mail over SMTP and signed webhooks. */
@NullMarked
package nl.cookiekeur.monitor.alert;

import org.jspecify.annotations.NullMarked;
