package nl.stedenband.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import nl.stedenband.city.City;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationFilter;
import nl.stedenband.contact.OrganizationListItem;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.exchange.Direction;
import nl.stedenband.exchange.ExchangeProgramme;
import nl.stedenband.exchange.ExchangeService;
import nl.stedenband.exchange.Mobility;
import nl.stedenband.exchange.MobilityStatus;
import nl.stedenband.exchange.ProgrammeType;
import org.springframework.data.domain.Sort;

/**
 * The education side of the partnerships: UT with Stanford's University Innovation Fellows,
 * a secondary school with Gunn High School, internships and recruitment with Dalian, over three years.
 */
final class ExchangeDemoData {

    private static final String[] FIRST = {
        "Sophie", "Lucas", "Emma", "Noah", "Julia", "Sem", "Tess", "Finn", "Wei", "Ling", "Mia", "Jack"
    };
    private static final String[] LAST = {
        "Brouwer", "Dekker", "Koster", "Post", "Wang", "Zhou", "Miller", "Hall", "Veenstra", "Schouten"
    };

    private final ExchangeService exchanges;
    private final OrganizationService organizations;
    private final ContactService contacts;

    private final Clock clock;

    ExchangeDemoData(
            ExchangeService exchanges, OrganizationService organizations, ContactService contacts, Clock clock) {
        this.clock = clock;
        this.exchanges = exchanges;
        this.organizations = organizations;
        this.contacts = contacts;
    }

    void load(List<City> cities) {
        City paloAlto = cities.stream()
                .filter(c -> c.getName().equals("Palo Alto"))
                .findFirst()
                .orElseThrow();
        City dalian = cities.stream()
                .filter(c -> c.getName().equals("Dalian"))
                .findFirst()
                .orElseThrow();
        Random random = new Random(2027);
        // the running academic year and the two before it, so that the demo always has a current year
        int current = Integer.parseInt(
                ExchangeService.academicYearOf(LocalDate.now(clock)).substring(0, 4));
        for (int year = current - 2; year <= current; year++) {
            String academicYear = year + "/" + String.valueOf(year + 1).substring(2);
            LocalDate ends = LocalDate.of(year + 1, 7, 15);
            programme(
                    "University Innovation Fellows " + academicYear,
                    ProgrammeType.STUDY_VISIT,
                    "University of Twente",
                    "Stanford University",
                    paloAlto,
                    academicYear,
                    4,
                    2,
                    false,
                    ends,
                    year,
                    random);
            programme(
                    "Gunn High School exchange " + academicYear,
                    ProgrammeType.STUDENT_EXCHANGE,
                    "Kottenpark College",
                    "Henry M. Gunn High School",
                    paloAlto,
                    academicYear,
                    6,
                    6,
                    true,
                    ends,
                    year,
                    random);
            programme(
                    "Maritime internships " + academicYear,
                    ProgrammeType.INTERNSHIP,
                    "Saxion University of Applied Sciences",
                    "Dalian Maritime University",
                    dalian,
                    academicYear,
                    5,
                    3,
                    false,
                    ends,
                    year,
                    random);
            programme(
                    "Student recruitment Dalian " + academicYear,
                    ProgrammeType.STUDENT_RECRUITMENT,
                    "University of Twente",
                    "Dalian University of Technology",
                    dalian,
                    academicYear,
                    0,
                    10,
                    false,
                    ends,
                    year,
                    random);
        }
    }

    private void programme(
            String name,
            ProgrammeType type,
            String home,
            String partner,
            City city,
            String academicYear,
            int out,
            int in,
            boolean minors,
            LocalDate ends,
            int year,
            Random random) {
        Organization homeOrg = org(home);
        Organization partnerOrg = org(partner);
        ExchangeProgramme p = new ExchangeProgramme(name, type, homeOrg, partnerOrg, city, academicYear, out, in, ends);
        p.setMinors(minors);
        p = exchanges.save(p);
        boolean past = year < 2026;
        for (Direction direction : Direction.values()) {
            int quota = p.quota(direction);
            int people = Math.min(quota + 1, quota == 0 ? 0 : 2 + random.nextInt(quota));
            for (int i = 0; i < people; i++) {
                Organization from = direction == Direction.OUTBOUND ? homeOrg : partnerOrg;
                Contact person = new Contact(FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)]);
                person.setOrganization(from);
                person.setJobTitle(type == ProgrammeType.TEACHER_EXCHANGE ? "Teacher" : "Student");
                person = contacts.save(person);
                Mobility m = exchanges.nominate(
                        p.id(),
                        person,
                        direction,
                        LocalDate.of(year, 9, 1),
                        LocalDate.of(year + 1, 1, 31),
                        type == ProgrammeType.INTERNSHIP ? partnerOrg : null);
                if (i >= quota) {
                    continue;
                }
                if (minors) {
                    m = exchanges.recordGuardianConsent(m.id());
                }
                m = exchanges.changeStatus(m.id(), m.getVersion(), MobilityStatus.ACCEPTED);
                if (past) {
                    m = exchanges.changeStatus(m.id(), m.getVersion(), MobilityStatus.IN_PROGRESS);
                    exchanges.changeStatus(m.id(), m.getVersion(), MobilityStatus.COMPLETED);
                }
            }
        }
    }

    private Organization org(String name) {
        List<OrganizationListItem> found =
                organizations.list(new OrganizationFilter(name, null, null, null), 0, 5, Sort.by("name"));
        return organizations.get(found.stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElse(found.getFirst())
                .id());
    }
}
