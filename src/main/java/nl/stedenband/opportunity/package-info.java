/** Novel-T's pipeline: startup introductions, investment and acquisition leads, partnership ideas. */
@NullMarked
package nl.stedenband.opportunity;

import org.jspecify.annotations.NullMarked;
