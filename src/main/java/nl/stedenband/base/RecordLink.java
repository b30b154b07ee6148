package nl.stedenband.base;

import org.jspecify.annotations.Nullable;

/**
 * A business record as another feature shows it: what kind it is, its name, a line of detail and
 * where it opens. Tasks link to records with it, and the global search answers with it.
 *
 * @param type the record kind, e.g. "CONTACT" (the same as its timeline's subject type)
 * @param typeLabel the kind for people, e.g. "Contact"
 * @param title the record's name
 * @param detail a line that tells two records of the same name apart, e.g. the organization
 * @param route where the record opens, e.g. "contacts/42"
 */
public record RecordLink(String type, String typeLabel, long id, String title, @Nullable String detail, String route) {}
