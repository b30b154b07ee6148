package nl.stedenband.base;

import java.util.List;

/**
 * A business record as another feature shows it: what kind it is, its name, a line of detail and
 * where it opens. Tasks link to records with it, and the global search answers with it. It holds
 * no words of any language: the screen says the kind by its type (key {@code base.recordType.<type>}),
 * and the name and detail from their phrases.
 *
 * @param type the record kind, e.g. "CONTACT" (the same as its timeline's subject type)
 * @param title the record's name, usually as stored ({@link Phrase#text}); a phrase of the bundles
 *     for a record that keeps none (an anonymised participant)
 * @param detail what tells two records of the same name apart, e.g. the organization, said one
 *     after the other; empty when there is nothing to add
 * @param route where the record opens, e.g. "contacts/42"
 */
public record RecordLink(String type, long id, Phrase title, List<Phrase> detail, String route) {

    public RecordLink {
        detail = List.copyOf(detail);
    }
}
