/** The application shell: navigation, the city clocks and the home view. */
@NullMarked
package nl.stedenband.shell;

import org.jspecify.annotations.NullMarked;
