/** Demo data for a newcomer's first run: Enschede, its partner cities and one user per role. */
@NullMarked
package nl.stedenband.demo;

import org.jspecify.annotations.NullMarked;
