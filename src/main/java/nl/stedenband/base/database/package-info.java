/** The embedded MariaDB that a newcomer's first run starts by itself. */
@NullMarked
package nl.stedenband.base.database;

import org.jspecify.annotations.NullMarked;
