/** Signing in, the second factor, the own account and the administration of users. */
@NullMarked
package nl.stedenband.security.ui;

import org.jspecify.annotations.NullMarked;
