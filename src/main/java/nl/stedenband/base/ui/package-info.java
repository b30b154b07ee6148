/**
 * What every feature's views share: the list-and-form view (MasterDetailView), dialogs that
 * confirm a step or ask a reason, notifications, charts, CSV downloads, static markup, and the
 * screen's language and formats (Texts, Formats).
 */
@NullMarked
package nl.stedenband.base.ui;

import org.jspecify.annotations.NullMarked;
