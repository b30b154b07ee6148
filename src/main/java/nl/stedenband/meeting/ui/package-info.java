/** The videoconference register. */
@NullMarked
package nl.stedenband.meeting.ui;

import org.jspecify.annotations.NullMarked;
