/** Time overlap across the partner cities: bands, penalties, ranked slots, DST and fair rotation. */
@NullMarked
package nl.stedenband.scheduling;

import org.jspecify.annotations.NullMarked;
