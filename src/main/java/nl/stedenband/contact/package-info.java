/** Organizations and contacts: the CRM core that officers and coordinators use all day. */
@NullMarked
package nl.stedenband.contact;

import org.jspecify.annotations.NullMarked;
