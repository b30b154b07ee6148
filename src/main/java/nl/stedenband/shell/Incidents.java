package nl.stedenband.shell;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An unexpected failure, logged with its stack trace under a short id that the user can quote. */
final class Incidents {

    private static final Logger LOG = LoggerFactory.getLogger(Incidents.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Incidents() {}

    /** Logs the failure and returns its incident id, e.g. "7F3A09C2". */
    static String log(String where, Throwable failure) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().withUpperCase().formatHex(bytes);
        LOG.error("Incident {} ({}): {}", id, where, failure.toString(), failure);
        return id;
    }
}
