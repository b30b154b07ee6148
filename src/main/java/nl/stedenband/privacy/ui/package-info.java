/** The privacy panel on a contact's page (export and erasure of the person's data) and the retention page for administrators. */
@NullMarked
package nl.stedenband.privacy.ui;

import org.jspecify.annotations.NullMarked;
