/**
 * What a scan observed, phase by phase, as plain values: the scanner records these, the assessment judges
 * them, and the evidence archive writes and reads them. Nothing here trusts the scanned site: every string
 * is untrusted text that must be escaped before it is shown.
 */
@NullMarked
package nl.cookiekeur.evidence;

import org.jspecify.annotations.NullMarked;
