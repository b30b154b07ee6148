package nl.stedenband.mission;

import java.util.Map;

/**
 * What officers report to the alderman: companies (distinct companies and startups) that travelled
 * per year and in total, and missions per destination.
 */
public record MissionFigures(
        Map<Integer, Long> companiesPerYear, long companiesInTotal, Map<String, Long> missionsPerCity) {}
