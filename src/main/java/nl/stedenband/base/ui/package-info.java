/** Small UI building blocks every feature's views share: dialogs, notifications. */
@NullMarked
package nl.stedenband.base.ui;

import org.jspecify.annotations.NullMarked;
