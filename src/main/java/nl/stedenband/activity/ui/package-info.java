/** The timeline component that the record pages of other features embed. */
@NullMarked
@NamedInterface("ui")
package nl.stedenband.activity.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
