/** The trade mission register and mission page. */
@NullMarked
package nl.stedenband.mission.ui;

import org.jspecify.annotations.NullMarked;
