/** The opportunity list with its form, and the pipeline as a board by stage. */
@NullMarked
package nl.stedenband.opportunity.ui;

import org.jspecify.annotations.NullMarked;
