package nl.stedenband.scheduling;

import java.time.Duration;

/** How long two cities share working hours on the day. */
public record PairOverlap(String first, String second, Duration working) {

    public String describe() {
        long minutes = working.toMinutes();
        String amount = minutes == 0 ? "no working hours"
                : minutes % 60 == 0 ? (minutes / 60) + (minutes == 60 ? " working hour" : " working hours")
                : String.format("%.1f working hours", minutes / 60.0);
        return first + "–" + second + ": " + amount;
    }
}
