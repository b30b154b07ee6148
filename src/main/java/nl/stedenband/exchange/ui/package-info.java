/** The exchange programme register and its mobilities. */
@NullMarked
package nl.stedenband.exchange.ui;

import org.jspecify.annotations.NullMarked;
