/** Shared foundations of every feature: the audited base entity and the database. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.stedenband.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
