/** End-to-end tests of the main job: scan, judge and report the fixture sites through the command line. */
@NullMarked
package nl.cookiekeur.app.scan;

import org.jspecify.annotations.NullMarked;
