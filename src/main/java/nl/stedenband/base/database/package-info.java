/** The database set-up: the embedded MariaDB that a newcomer's first run starts by itself, and connections for long work. */
@NullMarked
package nl.stedenband.base.database;

import org.jspecify.annotations.NullMarked;
