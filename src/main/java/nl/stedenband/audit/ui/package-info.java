/** The history panel on each record and the /audit list of recent changes. */
@NullMarked
package nl.stedenband.audit.ui;

import org.jspecify.annotations.NullMarked;
