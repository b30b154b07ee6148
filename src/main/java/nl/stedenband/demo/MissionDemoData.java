package nl.stedenband.demo;

import static nl.stedenband.demo.DemoNames.named;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stedenband.city.City;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationFilter;
import nl.stedenband.contact.OrganizationListItem;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.mission.MissionService;
import nl.stedenband.mission.MissionStatus;
import nl.stedenband.mission.OutcomeKind;
import nl.stedenband.mission.ParticipantRole;
import nl.stedenband.mission.TradeMission;
import nl.stedenband.security.AppUser;
import org.springframework.data.domain.Sort;

/**
 * Past and upcoming missions: Silicon Valley delegations of Twente companies and a delegation to
 * the World Economic Forum's Annual Meeting of the New Champions in Dalian.
 */
final class MissionDemoData {

    private final MissionService missions;
    private final OrganizationService organizations;

    MissionDemoData(MissionService missions, OrganizationService organizations) {
        this.missions = missions;
        this.organizations = organizations;
    }

    void load(List<City> cities, AppUser lead) {
        Map<String, City> city = cities.stream().collect(Collectors.toMap(City::getName, Function.identity()));

        TradeMission valley = mission(
                "Silicon Valley trade mission 2025",
                named(city, "Palo Alto"),
                LocalDate.of(2025, 3, 9),
                LocalDate.of(2025, 3, 14),
                lead,
                "Twente high-tech companies meet investors, Stanford researchers and Palo Alto's innovation hubs.");
        delegation(
                valley,
                "Twentse Sensor Systems",
                "Kanaalzone Robotics",
                "Tubantia Photonics",
                "NanoFlow Labs",
                "Novel-T");
        missions.addItineraryItem(
                valley.id(),
                LocalDateTime.of(2025, 3, 10, 9, 0),
                120,
                "Welcome at City Hall",
                "Palo Alto City Hall, 250 Hamilton Avenue",
                org("City of Palo Alto"));
        missions.addItineraryItem(
                valley.id(),
                LocalDateTime.of(2025, 3, 10, 14, 0),
                180,
                "Visit to Stanford University",
                "Stanford campus",
                org("Stanford University"));
        missions.addItineraryItem(
                valley.id(),
                LocalDateTime.of(2025, 3, 11, 10, 0),
                240,
                "Pitch session at the innovation hub",
                "University Avenue",
                org("Palo Alto Innovation Hub"));
        missions.addOutcome(
                valley.id(),
                OutcomeKind.INTRODUCTION,
                org("Palo Alto Innovation Hub"),
                "NanoFlow Labs introduced to the hub's hardware accelerator programme");
        missions.addOutcome(valley.id(), OutcomeKind.LEAD, org("Tesla Motors"), "Interest in Twente sensor suppliers");
        valley.setReport("Five Twente organizations travelled; two introductions and one lead followed up by Novel-T.");
        valley = missions.save(valley);
        advance(
                valley,
                MissionStatus.PLANNED,
                MissionStatus.CONFIRMED,
                MissionStatus.UNDERWAY,
                MissionStatus.COMPLETED,
                MissionStatus.REPORTED);

        TradeMission wef2024 = mission(
                "World Economic Forum, Annual Meeting of the New Champions",
                named(city, "Dalian"),
                LocalDate.of(2024, 6, 25),
                LocalDate.of(2024, 6, 27),
                lead,
                "Enschede's access to 'Summer Davos' through the sister-city bond: meet Dalian's government and companies.");
        delegation(wef2024, "Gemeente Enschede", "Drienerlo Medical Devices", "Hengelo Precision Machining");
        missions.addItineraryItem(
                wef2024.id(),
                LocalDateTime.of(2024, 6, 25, 9, 30),
                90,
                "Opening plenary",
                "Dalian International Conference Center",
                org("World Economic Forum"));
        missions.addOutcome(
                wef2024.id(),
                OutcomeKind.AGREEMENT,
                org("Dalian University of Technology"),
                "Letter of intent for student recruitment and internships");
        advance(
                missions.get(wef2024.id()),
                MissionStatus.PLANNED,
                MissionStatus.CONFIRMED,
                MissionStatus.UNDERWAY,
                MissionStatus.COMPLETED);

        TradeMission wef2026 = mission(
                "World Economic Forum delegation 2026",
                named(city, "Dalian"),
                LocalDate.of(2026, 6, 23),
                LocalDate.of(2026, 6, 26),
                lead,
                "Return to the Annual Meeting of the New Champions with Twente startups.");
        delegation(wef2026, "Gemeente Enschede", "Lumen Biosensors", "CirculAir");
        advance(missions.get(wef2026.id()), MissionStatus.PLANNED);

        TradeMission valley2027 = mission(
                "Silicon Valley startup mission 2027",
                named(city, "Palo Alto"),
                LocalDate.of(2027, 3, 7),
                LocalDate.of(2027, 3, 12),
                lead,
                "Startups from Kennispark meet Silicon Valley investors.");
        delegation(valley2027, "DataDijk", "Veldkamp Drones");
    }

    private TradeMission mission(
            String title, City destination, LocalDate start, LocalDate end, AppUser lead, String goals) {
        TradeMission m = new TradeMission(title, destination, start, end);
        m.setLeadOfficer(lead);
        m.setGoals(goals);
        m.setBudget(new java.math.BigDecimal("25000.00"));
        return missions.save(m);
    }

    private void delegation(TradeMission m, String... names) {
        for (String name : names) {
            missions.addParticipant(m.id(), org(name), null, ParticipantRole.DELEGATE);
        }
    }

    private void advance(TradeMission m, MissionStatus... steps) {
        TradeMission current = m;
        for (MissionStatus step : steps) {
            current = missions.changeStatus(current.id(), current.getVersion(), step);
        }
    }

    private Organization org(String name) {
        List<OrganizationListItem> found =
                organizations.list(new OrganizationFilter(name, null, null, null), 0, 5, Sort.by("name"));
        long id = found.stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElse(found.getFirst())
                .id();
        return organizations.get(id);
    }
}
