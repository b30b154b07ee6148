package nl.stedenband.imports;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a check or an import has come, read by the screen while the work runs on another thread:
 * the phase, the bytes of the file read in it and the rows handled.
 */
public final class ImportProgress {

    /** What the work is doing now. */
    public enum Phase {
        CHECKING,
        IMPORTING,
        DONE
    }

    private volatile Phase phase = Phase.CHECKING;
    private volatile long fileSize = 1;
    final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();

    public Phase phase() {
        return phase;
    }

    /** 0 to 1 within the current phase. */
    public double fraction() {
        return phase == Phase.DONE ? 1 : Math.min(1, (double) bytesRead.get() / Math.max(1, fileSize));
    }

    /** Rows handled in the current phase. */
    public long rows() {
        return rows.get();
    }

    void start(Phase next, long size) {
        this.fileSize = size;
        bytesRead.set(0);
        rows.set(0);
        this.phase = next;
    }

    void row() {
        rows.incrementAndGet();
    }

    void done() {
        phase = Phase.DONE;
    }
}
