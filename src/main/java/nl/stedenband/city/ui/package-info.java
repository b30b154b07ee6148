/** The cities register and its partnerships. */
@NullMarked
package nl.stedenband.city.ui;

import org.jspecify.annotations.NullMarked;
