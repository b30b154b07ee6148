/** Tasks: follow-ups with a due date and an assignee, on their own or about any record. */
@NullMarked
package nl.stedenband.task;

import org.jspecify.annotations.NullMarked;
