/**
 * Personal data (GDPR): a person's data exported as one machine-readable file, and erased on
 * request, with every request recorded in the audit history. Administrators and officers only.
 */
@NullMarked
package nl.stedenband.privacy;

import org.jspecify.annotations.NullMarked;
