/** Stedenband: partner cities, contacts, missions, exchanges and videoconferences. */
@NullMarked
package nl.stedenband;

import org.jspecify.annotations.NullMarked;
