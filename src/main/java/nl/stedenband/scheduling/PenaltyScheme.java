package nl.stedenband.scheduling;

/**
 * How much inconvenience each band costs a city (docs/domain.md): working hours 0, shoulder 1, late
 * evening 3, night 10, and 3 more on a weekend or public holiday there.
 */
public record PenaltyScheme(int working, int shoulder, int late, int night, int dayOff) {

    public static final PenaltyScheme DEFAULT = new PenaltyScheme(0, 1, 3, 10, 3);

    public int of(Band band, boolean dayOff) {
        int base = switch (band) {
            case WORKING -> working;
            case EARLY, EVENING -> shoulder;
            case LATE -> late;
            case NIGHT -> night;
        };
        return base + (dayOff ? this.dayOff : 0);
    }
}
