/** Student and teacher exchanges, internships and recruitment, with their mobilities and quotas. */
@NullMarked
package nl.stedenband.exchange;

import org.jspecify.annotations.NullMarked;
