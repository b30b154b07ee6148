/** The sign-in view. */
@NullMarked
package nl.stedenband.security.ui;

import org.jspecify.annotations.NullMarked;
