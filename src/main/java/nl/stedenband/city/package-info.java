/** Home and partner cities: time zones, working hours, holidays, partnerships. */
@NullMarked
package nl.stedenband.city;

import org.jspecify.annotations.NullMarked;
