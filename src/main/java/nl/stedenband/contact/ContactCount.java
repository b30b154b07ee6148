package nl.stedenband.contact;

/**
 * The number shown above the contact list: exact, or, for a search that matches very many
 * contacts, a lower bound ("more than 1,000").
 *
 * @param value the number of contacts, or the bound they exceed
 * @param more whether more than {@code value} contacts match
 */
public record ContactCount(long value, boolean more) {}
