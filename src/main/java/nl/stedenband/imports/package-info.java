/**
 * Importing organizations and contacts from a CSV file (as Excel and other CRMs write them):
 * preview, column mapping, per-row checks with duplicates, and a bulk insert with audit history.
 */
@NullMarked
package nl.stedenband.imports;

import org.jspecify.annotations.NullMarked;
