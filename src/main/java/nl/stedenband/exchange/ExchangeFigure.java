package nl.stedenband.exchange;

/** Per academic year, partner city, type and direction: mobilities and places used against the quota. */
public record ExchangeFigure(
        String academicYear,
        String partnerCity,
        ProgrammeType type,
        Direction direction,
        long mobilities,
        long placesUsed,
        long quota) {}
