/** The timeline of any record: dated notes, calls, meetings and e-mails, with their author. */
@NullMarked
package nl.stedenband.activity;

import org.jspecify.annotations.NullMarked;
