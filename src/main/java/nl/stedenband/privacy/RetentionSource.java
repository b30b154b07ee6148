package nl.stedenband.privacy;

import java.time.LocalDate;
import java.util.List;

/**
 * The records one retention rule anonymises, implemented by the feature that owns them (the exchange
 * feature its mobilities, this feature the contacts), so that the retention service pages and runs
 * every rule the same way. Called only by {@link RetentionService}, inside its method-secured
 * transactions. Counting and paging happen in SQL; each due record is anonymised through the one
 * anonymisation path ({@link PrivacyService#erase}).
 */
public interface RetentionSource {

    RetentionRule rule();

    /** How many records are due on {@code today}. */
    long countDue(LocalDate today);

    /** A page of the records due on {@code today}, longest due first. */
    List<RetentionItem> due(LocalDate today, int offset, int limit);

    /**
     * Anonymises the record when it is still due on {@code today} (something may have happened to it
     * since the preview), with {@code reason} in its history; false when it no longer is.
     */
    boolean anonymiseIfDue(long recordId, LocalDate today, String reason);
}
