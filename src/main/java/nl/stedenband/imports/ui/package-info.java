/** The import screen: upload, preview, mapping, check and import with progress. */
@NullMarked
package nl.stedenband.imports.ui;

import org.jspecify.annotations.NullMarked;
