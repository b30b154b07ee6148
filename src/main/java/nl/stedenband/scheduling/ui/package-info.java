/** The scheduling view: the city hall's three clocks made useful for planning. */
@NullMarked
package nl.stedenband.scheduling.ui;

import org.jspecify.annotations.NullMarked;
