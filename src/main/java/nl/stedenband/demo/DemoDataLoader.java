package nl.stedenband.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.base.DatabaseMode;
import nl.stedenband.base.RecordDirectory;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import nl.stedenband.city.Partnership;
import nl.stedenband.city.PartnershipStatus;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.OrganizationFilter;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.exchange.ExchangeService;
import nl.stedenband.meeting.MeetingService;
import nl.stedenband.mission.MissionFilter;
import nl.stedenband.mission.MissionService;
import nl.stedenband.opportunity.OpportunityFilter;
import nl.stedenband.opportunity.OpportunityService;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.SystemAuthentication;
import nl.stedenband.security.UserService;
import nl.stedenband.task.TaskListService;
import nl.stedenband.task.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data on the embedded database (a newcomer's first run), and on an external
 * database only when {@code stedenband.demo-data=true}: never into production by default. It
 * loads into empty tables only, so a second start changes nothing.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** The demo accounts; their passwords are in the README. */
    static final String PASSWORD_SUFFIX = "-enschede";

    private final CityService cities;
    private final UserService users;
    private final OrganizationService organizations;
    private final CrmDemoData crm;
    private final MeetingService meetings;
    private final MeetingDemoData meetingData;
    private final MissionService missions;
    private final MissionDemoData missionData;
    private final ExchangeService exchanges;
    private final ExchangeDemoData exchangeData;
    private final OpportunityService opportunities;
    private final OpportunityDemoData opportunityData;
    private final TaskListService taskLists;
    private final TaskDemoData taskData;
    private final Clock clock;
    private final boolean enabled;

    DemoDataLoader(
            CityService cities,
            UserService users,
            OrganizationService organizations,
            ContactService contacts,
            ActivityService activities,
            MeetingService meetings,
            MissionService missions,
            ExchangeService exchanges,
            OpportunityService opportunities,
            TaskService tasks,
            TaskListService taskLists,
            RecordDirectory records,
            Clock clock,
            Environment environment,
            @Value("${stedenband.demo-data:auto}") String demoData) {
        this.cities = cities;
        this.users = users;
        this.organizations = organizations;
        this.crm = new CrmDemoData(organizations, contacts, activities);
        this.meetings = meetings;
        this.meetingData = new MeetingDemoData(meetings, contacts, clock);
        this.missions = missions;
        this.missionData = new MissionDemoData(missions, organizations);
        this.exchanges = exchanges;
        this.exchangeData = new ExchangeDemoData(exchanges, organizations, contacts, clock);
        this.opportunities = opportunities;
        this.opportunityData = new OpportunityDemoData(opportunities, organizations, clock);
        this.taskLists = taskLists;
        this.taskData = new TaskDemoData(tasks, records, missions, meetings, organizations, exchanges);
        this.clock = clock;
        this.enabled = switch (demoData.trim().toLowerCase()) {
            case "true", "always", "yes" -> true;
            case "false", "never", "no" -> false;
            default -> DatabaseMode.of(environment) == DatabaseMode.EMBEDDED;
        };
    }

    boolean isEnabled() {
        return enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        SystemAuthentication.run(() -> {
            if (cities.countCities() == 0) {
                loadCities();
            }
            if (users.countUsers() == 0) {
                loadUsers();
            }
            if (organizations.count(OrganizationFilter.NONE) == 0) {
                crm.load(cities.listCities(), users.listActiveUsers());
                log.info("Demo data: organizations and contacts");
            }
            if (meetings.count(false, "") == 0) {
                meetingData.load(cities.listCities());
                log.info("Demo data: videoconferences");
            }
            if (missions.count(MissionFilter.NONE) == 0) {
                List<AppUser> officers = users.listActiveUsers().stream()
                        .filter(u -> u.getUsername().equals("officer"))
                        .toList();
                if (!officers.isEmpty()) {
                    missionData.load(cities.listCities(), officers.getFirst());
                    log.info("Demo data: trade missions");
                }
            }
            if (exchanges.count(null, null) == 0) {
                exchangeData.load(cities.listCities());
                log.info("Demo data: exchange programmes and mobilities");
            }
            if (opportunities.count(OpportunityFilter.NONE) == 0) {
                users.listActiveUsers().stream()
                        .filter(u -> u.getUsername().equals("coordinator"))
                        .findFirst()
                        .ifPresent(coordinator -> {
                            opportunityData.load(cities.listCities(), coordinator);
                            log.info("Demo data: opportunities");
                        });
            }
            if (taskLists.countAll(null) == 0) {
                taskData.load(users.listActiveUsers(), LocalDate.now(clock));
                log.info("Demo data: tasks");
            }
        });
    }

    private void loadCities() {
        City enschede = new City("Enschede", "NL", ZoneId.of("Europe/Amsterdam"), true);
        enschede.setHolidayRegion("NL");
        cities.save(enschede);

        City dalian = new City("Dalian", "CN", ZoneId.of("Asia/Shanghai"), false);
        dalian.setPartnerSince(2009);
        dalian.setHolidayRegion("CN");
        dalian = cities.save(dalian);

        City paloAlto = new City("Palo Alto", "US", ZoneId.of("America/Los_Angeles"), false);
        paloAlto.setPartnerSince(1980);
        paloAlto.setHolidayRegion("US-CA");
        paloAlto = cities.save(paloAlto);

        partnership(
                paloAlto,
                "Cultural twinning",
                LocalDate.of(1980, 1, 1),
                "culture, citizens",
                "Palo Alto and Enschede are sister cities since 1980");
        partnership(
                paloAlto,
                "Economic Alliance",
                LocalDate.of(2008, 1, 1),
                "technological research, labour market, education, innovation ecosystem, startups",
                "Prepared in 2007, ratified in 2008: contacts between companies on both sides of the ocean");
        partnership(
                paloAlto,
                "Smart City Alliance",
                LocalDate.of(2015, 11, 1),
                "information technology, smart city, best practices, sustainability",
                "Agreed during the visit to Palo Alto in November 2015");
        partnership(
                dalian,
                "Sister-city partnership",
                LocalDate.of(2009, 1, 1),
                "trade, export, foreign investment, student and teacher exchange, internships, World Economic Forum",
                "Port city Dalian; access to the World Economic Forum held there every other year");
        log.info("Demo data: cities Enschede, Dalian and Palo Alto");
    }

    private void partnership(City city, String name, LocalDate signedOn, String themes, String note) {
        Partnership p = new Partnership(city, name);
        p.setSignedOn(signedOn);
        p.setThemes(themes + " (" + note + ")");
        p.setStatus(PartnershipStatus.ACTIVE);
        cities.save(p);
    }

    private void loadUsers() {
        user("admin", "Mieke de Boer", Role.ADMIN);
        user("officer", "Sander Kuipers", Role.OFFICER);
        user("coordinator", "Fleur Hendriks", Role.COORDINATOR);
        user("viewer", "Joris Bakker", Role.VIEWER);
        log.info("Demo data: users admin, officer, coordinator and viewer (passwords in the README)");
    }

    private void user(String username, String displayName, Role role) {
        users.createDemoUser(username, displayName, username + PASSWORD_SUFFIX, EnumSet.of(role));
    }
}
