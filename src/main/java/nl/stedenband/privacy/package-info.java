/**
 * Personal data (GDPR): a person's data exported as one machine-readable file, and erased on
 * request, with every request recorded in the audit history (administrators and officers); and the
 * retention rules that anonymise, through the same erasure, what has outlived its period, nightly or
 * on an administrator's demand.
 */
@NullMarked
package nl.stedenband.privacy;

import org.jspecify.annotations.NullMarked;
