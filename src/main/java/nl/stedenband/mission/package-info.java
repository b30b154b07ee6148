/** Trade missions and delegations of Twente companies to the partner cities. */
@NullMarked
package nl.stedenband.mission;

import org.jspecify.annotations.NullMarked;
