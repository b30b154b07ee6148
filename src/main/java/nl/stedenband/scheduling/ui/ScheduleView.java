package nl.stedenband.scheduling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.ui.QueryBounds;
import nl.stedenband.base.ui.StaticHtml;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import nl.stedenband.scheduling.CitySlot;
import nl.stedenband.scheduling.DayPlan;
import nl.stedenband.scheduling.FairnessPlan;
import nl.stedenband.scheduling.ScheduleService;
import nl.stedenband.scheduling.Slot;
import nl.stedenband.scheduling.TransitionNote;
import nl.stedenband.security.AppUser;
import nl.stedenband.security.Role;
import nl.stedenband.security.UserService;

/**
 * One row per city over the same 24 hours, each half hour coloured by that city's band and
 * labelled with its local time; where everyone works, and otherwise the compromises ranked by who
 * pays. Date, cities and whose day it is live in the URL, so a plan can be shared.
 */
@Route("schedule")
@PageTitle("scheduling.menu")
@Menu(order = 25, icon = "vaadin:clock", title = "scheduling.menu")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER, Role.Names.COORDINATOR, Role.Names.VIEWER})
public class ScheduleView extends Main implements BeforeEnterObserver {

    static final String HOME_DAY = "home";
    static final String MY_DAY = "mine";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final ScheduleService schedule;
    private final City home;
    private final ZoneId viewerZone;
    private final boolean canPlan;

    private final DateTimeFormatter day = Formats.weekdayDate(Texts.locale());

    final DatePicker date = new DatePicker(getTranslation("scheduling.field.date"));
    final MultiSelectComboBox<City> cities = new MultiSelectComboBox<>(getTranslation("scheduling.field.cities"));
    final RadioButtonGroup<String> whoseDay = new RadioButtonGroup<>(getTranslation("scheduling.field.whoseDay"));
    final Div timeline = new Div();
    final Paragraph overlap = new Paragraph();
    final UnorderedList ranked = new UnorderedList();
    final UnorderedList pairs = new UnorderedList();
    final UnorderedList transitions = new UnorderedList();
    final UnorderedList week = new UnorderedList();
    final Div fairness = new Div();

    public ScheduleView(ScheduleService schedule, CityService cityService, UserService users, Clock clock) {
        this.schedule = schedule;
        List<City> all = cityService.listCities();
        this.home = cityService.homeCity().orElse(all.getFirst());
        this.viewerZone =
                users.currentUser().map(AppUser::getTimeZone).map(ZoneId::of).orElse(home.zone());
        this.canPlan = nl.stedenband.security.CurrentUser.hasAnyRole(Role.ADMIN, Role.OFFICER, Role.COORDINATOR);
        addClassName("schedule-view");

        date.setValue(LocalDate.now(clock.withZone(home.zone())));
        cities.setItems(all);
        cities.setItemLabelGenerator(City::getName);
        cities.setValue(Set.copyOf(all));
        cities.setWidth("28em");
        whoseDay.setItems(HOME_DAY, MY_DAY);
        whoseDay.setItemLabelGenerator(v -> v.equals(HOME_DAY)
                ? home.getName() + " (" + home.getZoneId() + ")"
                : getTranslation("scheduling.field.yourDay", viewerZone.getId()));
        whoseDay.setValue(HOME_DAY);
        date.addValueChangeListener(e -> changed(e.isFromClient()));
        cities.addValueChangeListener(e -> changed(e.isFromClient()));
        whoseDay.addValueChangeListener(e -> changed(e.isFromClient()));
        Div controls = new Div(date, cities, whoseDay);
        controls.addClassName("filter-bar");

        timeline.addClassName("schedule-timeline");
        // it scrolls sideways on narrow screens: keyboard users must be able to reach and scroll it
        timeline.getElement().setAttribute("tabindex", "0");
        timeline.getElement().setAttribute("role", "region");
        timeline.getElement().setAttribute("aria-label", getTranslation("scheduling.timeline.label"));
        overlap.addClassName("schedule-overlap");
        ranked.addClassName("schedule-ranked");
        pairs.addClassName("schedule-pairs");
        transitions.addClassName("schedule-transitions");
        week.addClassName("schedule-week");
        fairness.addClassName("schedule-fairness");
        add(
                new H1(getTranslation("scheduling.title")),
                controls,
                legend(),
                timeline,
                overlap,
                new H2(getTranslation("scheduling.best.title")),
                ranked,
                new H2(getTranslation("scheduling.pairs.title")),
                pairs,
                new H2(getTranslation("scheduling.transitions.title")),
                transitions,
                new H2(getTranslation("scheduling.week.title")),
                week,
                new H2(getTranslation("scheduling.fairness.title")),
                fairness);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p =
                QueryBounds.bounded(event.getLocation().getQueryParameters()).getParameters();
        first(p, "date").ifPresent(d -> {
            try {
                date.setValue(LocalDate.parse(d));
            } catch (DateTimeParseException ignored) {
                // a hand-edited link: keep today
            }
        });
        first(p, "cities").ifPresent(ids -> {
            Set<String> wanted = Set.copyOf(QueryBounds.list(ids));
            Set<City> chosen = cities.getListDataView()
                    .getItems()
                    .filter(c -> wanted.contains(String.valueOf(c.getId())))
                    .collect(Collectors.toSet());
            if (!chosen.isEmpty()) {
                cities.setValue(chosen);
            }
        });
        whoseDay.setValue(first(p, "day").filter(MY_DAY::equals).orElse(HOME_DAY));
        render();
    }

    private void changed(boolean fromClient) {
        if (!fromClient) {
            return;
        }
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(
                        null, "schedule?" + QueryParameters.simple(parameters()).getQueryString());
        render();
    }

    Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(
                "date",
                date.getValue() == null
                        ? LocalDate.now().toString()
                        : date.getValue().toString());
        p.put("cities", chosen().stream().map(c -> String.valueOf(c.getId())).collect(Collectors.joining(",")));
        if (MY_DAY.equals(whoseDay.getValue())) {
            p.put("day", MY_DAY);
        }
        return p;
    }

    private List<City> chosen() {
        return schedule.chosen(cities.getValue().stream().map(City::getId).toList());
    }

    private void render() {
        if (date.getValue() == null) {
            return;
        }
        List<City> chosen = chosen();
        ZoneId reference = MY_DAY.equals(whoseDay.getValue()) ? viewerZone : home.zone();
        DayPlan plan = schedule.plan(date.getValue(), reference, chosen);
        renderTimeline(plan, chosen);

        overlap.setText(
                plan.commonWorking().isEmpty()
                        ? getTranslation("scheduling.overlap.none", day.format(plan.date()), chosen.size())
                        : getTranslation("scheduling.overlap.some", ranges(plan), reference.getId()));

        ranked.removeAll();
        plan.ranked().stream().limit(5).forEach(slot -> ranked.add(option(slot, plan.date(), chosen)));
        listItems(pairs, plan.pairs().stream().map(p -> p.describe(getLocale())).toList());
        List<TransitionNote> notes = schedule.transitions(plan.date(), chosen);
        listItems(
                transitions,
                notes.isEmpty()
                        ? List.of(getTranslation("scheduling.transitions.none"))
                        : notes.stream().map(n -> n.describe(getLocale())).toList());
        week.removeAll();
        List<Slot> best = schedule.week(plan.date(), reference, chosen);
        for (int i = 0; i < best.size(); i++) {
            LocalDate weekday = plan.date().plusDays(i);
            week.add(option(best.get(i), weekday, chosen, day.format(weekday) + ": "));
        }
        renderFairness(schedule.monthly(plan.date(), 12, reference, chosen), reference);
    }

    /**
     * The header and one row per city as static markup in the one timeline element: 48 cells per
     * city are only looked at, and as components they were most of a session's memory.
     */
    private void renderTimeline(DayPlan plan, List<City> chosen) {
        StaticHtml html = new StaticHtml();
        html.open("div", "timeline-row timeline-header").element("span", "", "");
        Slot best = plan.best();
        for (Slot slot : plan.slots()) {
            html.element(
                    "span",
                    "timeline-hour",
                    slot.start().atZone(plan.reference()).getMinute() == 0
                            ? TIME.format(slot.start().atZone(plan.reference()))
                            : "");
        }
        html.close("div");
        for (int i = 0; i < chosen.size(); i++) {
            html.open("div", "timeline-row")
                    .element("span", "timeline-city", chosen.get(i).getName());
            for (Slot slot : plan.slots()) {
                CitySlot cs = slot.cities().get(i);
                StringBuilder classes = new StringBuilder("timeline-cell band-")
                        .append(cs.band().name().toLowerCase(Locale.ROOT));
                if (cs.dayOff()) {
                    classes.append(" day-off");
                }
                if (slot.everyoneWorking()) {
                    classes.append(" everyone-working");
                }
                if (slot.equals(best)) {
                    classes.append(" best-slot");
                }
                String label = cs.describe(plan.date(), getLocale())
                        + (cs.band().name().equals("WORKING")
                                ? " (" + getTranslation(cs.band().labelKey()) + ")"
                                : "");
                html.start("span")
                        .attribute("class", classes.toString())
                        .attribute("title", label)
                        .attribute("aria-label", label)
                        .endOpen()
                        .text(TIME.format(cs.local()))
                        .close("span");
            }
            html.close("div");
        }
        html.into(timeline);
    }

    /** A list that is only read, as the list element's static markup: one {@code <li>} per text. */
    private static void listItems(UnorderedList list, List<String> texts) {
        StaticHtml html = new StaticHtml();
        texts.forEach(text -> html.element("li", "", text));
        html.into(list);
    }

    private ListItem option(Slot slot, LocalDate referenceDate, List<City> chosen) {
        return option(slot, referenceDate, chosen, "");
    }

    private ListItem option(Slot slot, LocalDate referenceDate, List<City> chosen, String prefix) {
        Span text = new Span(
                prefix + getTranslation("scheduling.option", slot.summary(referenceDate, getLocale()), slot.penalty()));
        text.addClassName("option-summary");
        ListItem item = new ListItem(text);
        if (canPlan) {
            Button plan = new Button(
                    getTranslation("scheduling.option.plan"),
                    e -> UI.getCurrent()
                            .navigate(
                                    "meetings/new",
                                    QueryParameters.simple(Map.of(
                                            "start", slot.start().toString(),
                                            "cities",
                                                    chosen.stream()
                                                            .map(c -> String.valueOf(c.getId()))
                                                            .collect(Collectors.joining(","))))));
            plan.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            // a dozen "Plan" buttons on the page: each says which time it plans (WCAG 2.4.6)
            plan.setAriaLabel(
                    getTranslation("scheduling.option.planAt", prefix + slot.summary(referenceDate, getLocale())));
            item.add(plan);
        }
        return item;
    }

    private void renderFairness(FairnessPlan plan, ZoneId reference) {
        StaticHtml html = new StaticHtml().open("ul", "");
        plan.occurrences().forEach(slot -> {
            LocalDate occurrence = slot.start().atZone(reference).toLocalDate();
            html.element("li", "", day.format(occurrence) + ": " + slot.summary(occurrence, getLocale()));
        });
        html.close("ul")
                .element(
                        "p",
                        "fairness-totals",
                        getTranslation(
                                "scheduling.fairness.totals",
                                plan.totalPenaltyPerCity().entrySet().stream()
                                        .map(e -> e.getKey() + " " + e.getValue())
                                        .collect(Collectors.joining(", "))));
        html.into(fairness);
    }

    private static String ranges(DayPlan plan) {
        List<Slot> slots = plan.commonWorking();
        StringBuilder sb = new StringBuilder();
        Slot start = slots.getFirst();
        Slot prev = start;
        for (int i = 1; i <= slots.size(); i++) {
            Slot s = i < slots.size() ? slots.get(i) : null;
            if (s == null || !s.start().equals(prev.end())) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(TIME.format(start.start().atZone(plan.reference())))
                        .append('–')
                        .append(TIME.format(prev.end().atZone(plan.reference())));
                if (s == null) {
                    break;
                }
                start = s;
            }
            prev = s == null ? prev : s;
        }
        return sb.toString();
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("schedule-legend");
        for (String band : List.of("working", "early", "evening", "late", "night")) {
            Span s = new Span(getTranslation("scheduling.legend." + band));
            s.addClassNames("timeline-cell", "band-" + band);
            legend.add(s);
        }
        Span off = new Span(getTranslation("scheduling.legend.dayOff"));
        off.addClassNames("timeline-cell", "day-off");
        legend.add(off);
        return legend;
    }

    private static java.util.Optional<String> first(Map<String, List<String>> p, String key) {
        List<String> v = p.get(key);
        return v == null || v.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(v.getFirst());
    }
}
