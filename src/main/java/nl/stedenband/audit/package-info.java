/** Audit history: who changed which record when, old and new values, read-only for ADMIN and OFFICER. */
@NullMarked
package nl.stedenband.audit;

import org.jspecify.annotations.NullMarked;
