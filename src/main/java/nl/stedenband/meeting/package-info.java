/** Videoconferences between the partner cities, shown in every city's local time. */
@NullMarked
package nl.stedenband.meeting;

import org.jspecify.annotations.NullMarked;
