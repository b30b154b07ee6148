package nl.stedenband.exchange;

/** One row of the programme list with the places used against the quota in each direction. */
public record ProgrammeListItem(
        long id,
        String name,
        ProgrammeType type,
        String partnerCity,
        String academicYear,
        String homeInstitution,
        String partnerInstitution,
        long outboundUsed,
        int quotaOutbound,
        long inboundUsed,
        int quotaInbound,
        ProgrammeStatus status) {}
