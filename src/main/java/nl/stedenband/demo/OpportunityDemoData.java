package nl.stedenband.demo;

import static nl.stedenband.demo.DemoNames.named;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stedenband.city.City;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationFilter;
import nl.stedenband.contact.OrganizationListItem;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.opportunity.Opportunity;
import nl.stedenband.opportunity.OpportunityKind;
import nl.stedenband.opportunity.OpportunityService;
import nl.stedenband.opportunity.OpportunityStage;
import nl.stedenband.security.AppUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * Novel-T's pipeline: Twente startups introduced to Palo Alto's innovation hubs, Dalian companies
 * weighing a European base in Twente, and partnership ideas with Stanford and the University
 * Innovation Fellows, spread over the stages and owned by the startup coordinator. Stages are
 * reached through the service, so the timelines tell how they got there.
 */
final class OpportunityDemoData {

    private final OpportunityService opportunities;
    private final OrganizationService organizations;
    private final Clock clock;

    OpportunityDemoData(OpportunityService opportunities, OrganizationService organizations, Clock clock) {
        this.opportunities = opportunities;
        this.organizations = organizations;
        this.clock = clock;
    }

    void load(List<City> cities, AppUser coordinator) {
        Map<String, City> city = cities.stream().collect(Collectors.toMap(City::getName, Function.identity()));
        City paloAlto = named(city, "Palo Alto");
        LocalDate today = LocalDate.now(clock);

        add(
                "NanoFlow Labs in the Palo Alto Innovation Hub's hardware accelerator",
                OpportunityKind.STARTUP_INTRODUCTION,
                "NanoFlow Labs",
                paloAlto,
                coordinator,
                "250000",
                "Term sheet call with the hub's investment committee",
                today.plusDays(9),
                "Introduced during the 2025 Silicon Valley mission; the hub offers a 12-week programme.",
                OpportunityStage.IN_DISCUSSION,
                null);
        add(
                "Lumen Biosensors meets the University Avenue Accelerator's health track",
                OpportunityKind.STARTUP_INTRODUCTION,
                "Lumen Biosensors",
                paloAlto,
                coordinator,
                "120000",
                "Pitch call with the health-track lead",
                today.plusDays(5),
                null,
                OpportunityStage.INTRODUCED,
                null);
        add(
                "CirculAir sensors for the Cool Block sustainability pilot",
                OpportunityKind.STARTUP_INTRODUCTION,
                "CirculAir",
                paloAlto,
                coordinator,
                "40000",
                "Send the pilot proposal to the City of Palo Alto",
                today.plusDays(14),
                "Came up in the videoconference on Palo Alto's Cool Block programme.",
                OpportunityStage.CONTACTED,
                null);
        add(
                "DataDijk smart-city data platform for Palo Alto",
                OpportunityKind.STARTUP_INTRODUCTION,
                "DataDijk",
                paloAlto,
                coordinator,
                null,
                "Ask the Smart City Alliance contacts for the right department",
                today.plusDays(21),
                null,
                OpportunityStage.IDENTIFIED,
                null);
        add(
                "Veldkamp Drones demo for Silicon Valley investors",
                OpportunityKind.STARTUP_INTRODUCTION,
                "Veldkamp Drones",
                paloAlto,
                coordinator,
                "500000",
                null,
                null,
                null,
                OpportunityStage.LOST,
                "The investors want a US entity first; revisit after the next funding round.");
        add(
                "Lumen Biosensors clinical pilot with Stanford",
                OpportunityKind.STARTUP_INTRODUCTION,
                "Lumen Biosensors",
                paloAlto,
                coordinator,
                "150000",
                null,
                null,
                "Pilot agreement signed; Novel-T follows up on the results next year.",
                OpportunityStage.WON,
                null);
        add(
                "Dalian Bearing Works: European assembly plant in Twente",
                OpportunityKind.INVESTMENT_LEAD,
                "Dalian Bearing Works",
                null,
                coordinator,
                "12000000",
                "Site visit to the Hengelo business park",
                today.plusDays(30),
                "Met at the World Economic Forum in Dalian; looking for 8 hectares near the A1.",
                OpportunityStage.IN_DISCUSSION,
                null);
        add(
                "Liaoning Port Logistics: European distribution centre",
                OpportunityKind.INVESTMENT_LEAD,
                "Liaoning Port Logistics",
                null,
                coordinator,
                "4500000",
                "Share the rail-terminal figures for Hengelo and Almelo",
                today.plusDays(7),
                null,
                OpportunityStage.CONTACTED,
                null);
        add(
                "Soft landing at Kennispark for startups of the Dalian High-Tech Industrial Zone",
                OpportunityKind.INVESTMENT_LEAD,
                "Dalian High-Tech Industrial Zone",
                null,
                coordinator,
                "750000",
                "Draft the soft-landing package with Kennispark",
                today.plusDays(12),
                null,
                OpportunityStage.INTRODUCED,
                null);
        add(
                "Joint robotics lab with Dalian University of Technology",
                OpportunityKind.PARTNERSHIP,
                "Dalian University of Technology",
                null,
                coordinator,
                null,
                "Find a Twente robotics company to lead it",
                null,
                null,
                OpportunityStage.IDENTIFIED,
                null);
        add(
                "Design-thinking bootcamp with Stanford for Twente students",
                OpportunityKind.PARTNERSHIP,
                "Stanford University",
                null,
                coordinator,
                null,
                "Call with the programme office about dates",
                today.plusDays(3),
                null,
                OpportunityStage.CONTACTED,
                null);
        add(
                "First University of Twente students in the University Innovation Fellows",
                OpportunityKind.PARTNERSHIP,
                "University Innovation Fellows",
                null,
                coordinator,
                null,
                null,
                null,
                "Four fellows accepted; they join the fellows' meetup in Silicon Valley.",
                OpportunityStage.WON,
                null);
    }

    private void add(
            String title,
            OpportunityKind kind,
            String organizationName,
            @Nullable City city,
            AppUser owner,
            @Nullable String value,
            @Nullable String nextStep,
            @Nullable LocalDate nextStepOn,
            @Nullable String notes,
            OpportunityStage stage,
            @Nullable String lostReason) {
        Opportunity o = new Opportunity(title, kind, org(organizationName));
        o.setCity(city);
        o.setOwner(owner);
        o.setExpectedValue(value == null ? null : new BigDecimal(value));
        o.setNextStep(nextStep);
        o.setNextStepOn(nextStepOn);
        o.setNotes(notes);
        o = opportunities.save(o);
        for (OpportunityStage step : path(stage)) {
            o = opportunities.changeStage(
                    o.id(), o.getVersion(), step, step == OpportunityStage.LOST ? lostReason : null);
        }
    }

    /** The steps from identified to the stage; lost after a contact and an introduction. */
    private static List<OpportunityStage> path(OpportunityStage stage) {
        List<OpportunityStage> flow = List.of(
                OpportunityStage.CONTACTED,
                OpportunityStage.INTRODUCED,
                OpportunityStage.IN_DISCUSSION,
                OpportunityStage.WON);
        return switch (stage) {
            case IDENTIFIED -> List.of();
            case LOST -> List.of(OpportunityStage.CONTACTED, OpportunityStage.INTRODUCED, OpportunityStage.LOST);
            default -> flow.subList(0, flow.indexOf(stage) + 1);
        };
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
