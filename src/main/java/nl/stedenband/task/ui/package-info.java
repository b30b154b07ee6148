/** The tasks register and the panel of a record's open tasks that other features' record pages embed. */
@NullMarked
@NamedInterface("ui")
package nl.stedenband.task.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
