/** The organization and contact lists and their forms. */
@NullMarked
package nl.stedenband.contact.ui;

import org.jspecify.annotations.NullMarked;
