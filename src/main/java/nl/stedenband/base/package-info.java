/**
 * Shared foundations of every feature: the audited base entity, the database modes and the
 * embedded database, refusals in bundle keys, the bundles and date formats for a given language,
 * record links, and the plug-in points through which features extend each other (record catalogs,
 * personal-data sources, timeline and deletion events). See docs/architecture.md.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.stedenband.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
