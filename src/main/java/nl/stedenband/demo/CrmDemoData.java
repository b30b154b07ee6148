package nl.stedenband.demo;

import static nl.stedenband.demo.DemoNames.named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stedenband.activity.ActivityKind;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.base.Tags;
import nl.stedenband.city.City;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.GdprBasis;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.AppUser;
import org.jspecify.annotations.Nullable;

/**
 * The organizations and people of the seed texts (University of Twente, Stanford, Novel-T,
 * Kennispark, Gunn High School, Saxion, Dalian's institutions), a set of Twente companies and
 * startups, and a few hundred generated contacts, always the same ones (fixed random seed).
 */
final class CrmDemoData {

    private static final int GENERATED_CONTACTS = 320;

    private record Org(
            String name,
            OrganizationType type,
            @Nullable String city,
            String sector,
            @Nullable String website,
            String tags) {}

    private static final List<Org> ORGANIZATIONS = List.of(
            new Org(
                    "Gemeente Enschede",
                    OrganizationType.GOVERNMENT,
                    "Enschede",
                    "Municipality",
                    "https://www.enschede.nl",
                    "city hall"),
            new Org(
                    "University of Twente",
                    OrganizationType.UNIVERSITY,
                    "Enschede",
                    "Research and education",
                    "https://www.utwente.nl",
                    "smart city, education"),
            new Org(
                    "Saxion University of Applied Sciences",
                    OrganizationType.UNIVERSITY,
                    "Enschede",
                    "Education",
                    "https://www.saxion.nl",
                    "education, internships"),
            new Org(
                    "Novel-T",
                    OrganizationType.INNOVATION_HUB,
                    "Enschede",
                    "Innovation agency",
                    "https://novelt.com",
                    "startups, kennispark"),
            new Org(
                    "Kennispark Twente",
                    OrganizationType.INNOVATION_HUB,
                    "Enschede",
                    "Science park",
                    "https://kennispark.nl",
                    "startups, kennispark"),
            new Org(
                    "Kottenpark College",
                    OrganizationType.SCHOOL,
                    "Enschede",
                    "Secondary education",
                    null,
                    "education, exchange"),
            new Org(
                    "Twente Business Association",
                    OrganizationType.ASSOCIATION,
                    "Enschede",
                    "Business network",
                    null,
                    "trade mission"),
            new Org(
                    "Twentse Sensor Systems",
                    OrganizationType.COMPANY,
                    "Enschede",
                    "High-tech systems",
                    null,
                    "trade mission, high tech"),
            new Org(
                    "Hengelo Precision Machining",
                    OrganizationType.COMPANY,
                    "Enschede",
                    "Manufacturing",
                    null,
                    "trade mission"),
            new Org(
                    "Kanaalzone Robotics",
                    OrganizationType.COMPANY,
                    "Enschede",
                    "Robotics",
                    null,
                    "trade mission, high tech"),
            new Org("Tubantia Photonics", OrganizationType.COMPANY, "Enschede", "Photonics", null, "high tech, export"),
            new Org(
                    "Drienerlo Medical Devices",
                    OrganizationType.COMPANY,
                    "Enschede",
                    "Medical technology",
                    null,
                    "health, export"),
            new Org(
                    "Roombeek Design Studio",
                    OrganizationType.COMPANY,
                    "Enschede",
                    "Design",
                    null,
                    "creative industry"),
            new Org(
                    "NanoFlow Labs",
                    OrganizationType.STARTUP,
                    "Enschede",
                    "Nanotechnology",
                    null,
                    "startup, university spin-off"),
            new Org("Lumen Biosensors", OrganizationType.STARTUP, "Enschede", "Biotech", null, "startup, health"),
            new Org(
                    "CirculAir",
                    OrganizationType.STARTUP,
                    "Enschede",
                    "Sustainability",
                    null,
                    "startup, sustainability"),
            new Org("DataDijk", OrganizationType.STARTUP, "Enschede", "Data and AI", null, "startup, smart city"),
            new Org("Veldkamp Drones", OrganizationType.STARTUP, "Enschede", "Aerospace", null, "startup, high tech"),
            new Org(
                    "City of Palo Alto",
                    OrganizationType.GOVERNMENT,
                    "Palo Alto",
                    "Municipality",
                    "https://www.cityofpaloalto.org",
                    "city hall, sustainability"),
            new Org(
                    "Stanford University",
                    OrganizationType.UNIVERSITY,
                    "Palo Alto",
                    "Research and education",
                    "https://www.stanford.edu",
                    "education, university innovation fellows"),
            new Org(
                    "University Innovation Fellows",
                    OrganizationType.ASSOCIATION,
                    "Palo Alto",
                    "Student innovation network",
                    null,
                    "education, university innovation fellows"),
            new Org(
                    "Henry M. Gunn High School",
                    OrganizationType.SCHOOL,
                    "Palo Alto",
                    "Secondary education",
                    null,
                    "education, exchange"),
            new Org(
                    "Palo Alto Innovation Hub",
                    OrganizationType.INNOVATION_HUB,
                    "Palo Alto",
                    "Startup accelerator",
                    null,
                    "startups, silicon valley"),
            new Org(
                    "University Avenue Accelerator",
                    OrganizationType.INNOVATION_HUB,
                    "Palo Alto",
                    "Startup accelerator",
                    null,
                    "startups, silicon valley"),
            new Org("Tesla Motors", OrganizationType.COMPANY, "Palo Alto", "Automotive", null, "silicon valley"),
            new Org(
                    "Cool Block Palo Alto",
                    OrganizationType.ASSOCIATION,
                    "Palo Alto",
                    "Neighbourhood sustainability",
                    null,
                    "sustainability, cool block"),
            new Org(
                    "Dalian Municipal Foreign Affairs Office",
                    OrganizationType.GOVERNMENT,
                    "Dalian",
                    "Municipality",
                    null,
                    "city hall"),
            new Org(
                    "Dalian University of Technology",
                    OrganizationType.UNIVERSITY,
                    "Dalian",
                    "Research and education",
                    "https://en.dlut.edu.cn",
                    "education, recruitment"),
            new Org(
                    "Dalian Maritime University",
                    OrganizationType.UNIVERSITY,
                    "Dalian",
                    "Maritime education",
                    null,
                    "education, internships"),
            new Org(
                    "Dalian Xinghai Middle School",
                    OrganizationType.SCHOOL,
                    "Dalian",
                    "Secondary education",
                    null,
                    "education, exchange"),
            new Org(
                    "Dalian High-Tech Industrial Zone",
                    OrganizationType.INNOVATION_HUB,
                    "Dalian",
                    "Technology park",
                    null,
                    "investment, acquisition"),
            new Org(
                    "Liaoning Port Logistics",
                    OrganizationType.COMPANY,
                    "Dalian",
                    "Logistics",
                    null,
                    "export, acquisition"),
            new Org("Dalian Bearing Works", OrganizationType.COMPANY, "Dalian", "Manufacturing", null, "acquisition"),
            new Org(
                    "World Economic Forum",
                    OrganizationType.ASSOCIATION,
                    null,
                    "Annual Meeting of the New Champions",
                    "https://www.weforum.org",
                    "wef, summer davos"));

    private static final String[] DUTCH_FIRST = {
        "Anne", "Bram", "Daan", "Eva", "Femke", "Gijs", "Hanna", "Jeroen", "Joost", "Lotte", "Maartje", "Niels", "Roos",
        "Sanne", "Thijs", "Wouter", "Ilse", "Koen", "Marloes", "Pieter"
    };
    private static final String[] DUTCH_LAST = {
        "de Vries",
        "Jansen",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "Mulder",
        "de Boer",
        "Bos",
        "Vos",
        "Peters",
        "Hendriks",
        "Dijkstra",
        "Kuipers",
        "Oude Elferink",
        "Nijhuis",
        "Wolters",
        "Hofstede",
        "Leferink",
        "Brinkhuis"
    };
    private static final String[] US_FIRST = {
        "Ashley", "Brian", "Carlos", "Diana", "Ethan", "Grace", "Hannah", "Jason", "Kevin", "Laura", "Maria", "Nathan",
        "Olivia", "Priya", "Ryan", "Sarah", "Tyler", "Vanessa"
    };
    private static final String[] US_LAST = {
        "Anderson",
        "Brooks",
        "Chen",
        "Diaz",
        "Evans",
        "Garcia",
        "Harris",
        "Johnson",
        "Kim",
        "Lopez",
        "Miller",
        "Nguyen",
        "Patel",
        "Reed",
        "Smith",
        "Taylor",
        "Walker",
        "Young"
    };
    private static final String[] CN_FIRST = {
        "Wei", "Fang", "Lei", "Jing", "Min", "Tao", "Yan", "Hui", "Jun", "Li", "Xin", "Ying", "Hao", "Lin", "Qiang",
        "Mei"
    };
    private static final String[] CN_LAST = {
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu", "Hu",
        "Guo"
    };
    private static final String[] TITLES = {
        "Director",
        "Project manager",
        "Policy advisor",
        "CEO",
        "CTO",
        "Business developer",
        "Professor",
        "Programme coordinator",
        "International officer",
        "Teacher",
        "Account manager",
        "Founder",
        "Head of international affairs",
        "Researcher",
        "Student recruiter"
    };
    private static final String[] TAGS = {
        "alumni",
        "smart city",
        "sustainability",
        "trade mission",
        "education",
        "startups",
        "investment",
        "newsletter",
        "wef",
        "internships"
    };

    private final OrganizationService organizations;
    private final ContactService contacts;
    private final ActivityService activities;

    CrmDemoData(OrganizationService organizations, ContactService contacts, ActivityService activities) {
        this.organizations = organizations;
        this.contacts = contacts;
        this.activities = activities;
    }

    void load(List<City> cities, List<AppUser> users) {
        Map<String, City> cityByName = cities.stream().collect(Collectors.toMap(City::getName, Function.identity()));
        List<Organization> saved = new ArrayList<>();
        for (Org o : ORGANIZATIONS) {
            Organization org = new Organization(o.name(), o.type(), o.city() == null ? null : cityByName.get(o.city()));
            org.setSector(o.sector());
            org.setWebsite(o.website());
            org.setTags(Tags.parse(o.tags()));
            saved.add(organizations.save(org));
        }
        Map<String, Organization> byName =
                saved.stream().collect(Collectors.toMap(Organization::getName, Function.identity()));
        AppUser officer = users.stream()
                .filter(u -> u.getUsername().equals("officer"))
                .findFirst()
                .orElse(users.getFirst());
        AppUser coordinator = users.stream()
                .filter(u -> u.getUsername().equals("coordinator"))
                .findFirst()
                .orElse(officer);

        Contact alderman = person(
                "Patrick",
                "Welman",
                "Alderman (wethouder) for economic affairs",
                named(byName, "Gemeente Enschede"),
                officer);
        alderman.setGdprBasis(GdprBasis.PUBLIC_TASK);
        alderman = contacts.save(alderman);
        activities.add(
                new SubjectRef(ContactService.SUBJECT_TYPE, alderman.id()),
                ActivityKind.MEETING,
                LocalDate.of(2016, 1, 12),
                "Unveiled the three clocks in the city hall",
                "Enschede, Dalian and Palo Alto time in the central hall of the Stadskantoor.");
        Organization paloAlto = named(byName, "City of Palo Alto");
        activities.add(
                new SubjectRef(nl.stedenband.contact.OrganizationService.SUBJECT_TYPE, paloAlto.id()),
                ActivityKind.MEETING,
                LocalDate.of(2015, 11, 18),
                "Smart City Alliance agreed",
                "Agreed to work out the partnership as a Smart City Alliance: sharing experience in information technology.");
        activities.add(
                new SubjectRef(
                        nl.stedenband.contact.OrganizationService.SUBJECT_TYPE,
                        named(byName, "Novel-T").id()),
                ActivityKind.CALL,
                LocalDate.now().minusDays(12),
                "Connecting Novel-T structurally with Palo Alto's hubs",
                null);

        Random random = new Random(2026);
        for (int i = 0; i < GENERATED_CONTACTS; i++) {
            Organization org = saved.get(random.nextInt(saved.size()));
            String city = org.getCity() == null ? "" : org.getCity().getName();
            String[] first = city.equals("Palo Alto") ? US_FIRST : city.equals("Dalian") ? CN_FIRST : DUTCH_FIRST;
            String[] last = city.equals("Palo Alto") ? US_LAST : city.equals("Dalian") ? CN_LAST : DUTCH_LAST;
            AppUser owner = org.getType().isBusiness() ? coordinator : officer;
            Contact c = person(pick(random, first), pick(random, last), pick(random, TITLES), org, owner);
            c.setPreferredLanguage(city.equals("Palo Alto") ? "en" : city.equals("Dalian") ? "zh" : "nl");
            c.setTags(Tags.parse(pick(random, TAGS) + (random.nextBoolean() ? "," + pick(random, TAGS) : "")));
            switch (random.nextInt(4)) {
                case 0 -> {
                    c.setGdprBasis(GdprBasis.CONSENT);
                    c.setConsentDate(LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000)));
                }
                case 1 -> c.setGdprBasis(GdprBasis.PUBLIC_TASK);
                default -> c.setGdprBasis(GdprBasis.LEGITIMATE_INTEREST);
            }
            contacts.save(c);
        }
    }

    private static Contact person(String first, String last, String title, Organization org, AppUser owner) {
        Contact c = new Contact(first, last);
        c.setJobTitle(title);
        c.setOrganization(org);
        c.setOwner(owner);
        c.setEmail(email(first, last, org));
        return c;
    }

    private static String email(String first, String last, Organization org) {
        String domain = org.getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + ".example";
        return (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "@" + domain;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
