package nl.stedenband.city.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Map;
import nl.stedenband.base.ui.ExportableGrid;
import nl.stedenband.base.ui.MasterDetailView;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import nl.stedenband.security.CurrentUser;
import nl.stedenband.security.Role;

/** The home city and its partner cities: time zones, hours, holidays and partnerships. */
@Route("cities/:cityId?")
@PageTitle("city.list.title")
@Menu(order = 5, icon = "vaadin:globe", title = "city.list.title")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICER, Role.Names.COORDINATOR, Role.Names.VIEWER})
public class CitiesView extends MasterDetailView<City, City> {

    private final CityService cities;
    private final boolean admin;

    final TextField name = new TextField(Texts.t("city.field.name"));
    final TextField countryCode = new TextField(Texts.t("city.field.countryCode"));
    final ComboBox<String> zoneId = new ComboBox<>(Texts.t("city.field.zone"));
    final Checkbox home = new Checkbox(Texts.t("city.field.home"));
    final IntegerField partnerSince = new IntegerField(Texts.t("city.field.partnerSince"));
    final TimePicker workStart = new TimePicker(Texts.t("city.field.workStart"));
    final TimePicker workEnd = new TimePicker(Texts.t("city.field.workEnd"));
    final TimePicker shoulderStart = new TimePicker(Texts.t("city.field.shoulderStart"));
    final TimePicker shoulderEnd = new TimePicker(Texts.t("city.field.shoulderEnd"));
    final TimePicker lateEnd = new TimePicker(Texts.t("city.field.lateEnd"));
    final CheckboxGroup<DayOfWeek> weekendDays = new CheckboxGroup<>(Texts.t("city.field.weekendDays"));
    final TextField holidayRegion = new TextField(Texts.t("city.field.holidayRegion"));

    public CitiesView(CityService cities) {
        super(
                "city.list.title",
                "cities",
                "cityId",
                "city.record",
                new ExportableGrid<>(),
                new BeanValidationBinder<>(City.class));
        this.cities = cities;
        this.admin = CurrentUser.hasAnyRole(Role.ADMIN);

        grid.addColumn(c -> c.isHome() ? Texts.t("city.column.home", c.getName()) : c.getName())
                .setHeader(Texts.t("city.column.city"))
                .setSortProperty("name")
                .setFlexGrow(2)
                .setKey("name");
        grid.addColumn(City::getCountryCode)
                .setHeader(Texts.t("city.column.country"))
                .setSortProperty("countryCode")
                .setKey("country");
        grid.addColumn(City::getZoneId)
                .setHeader(Texts.t("city.field.zone"))
                .setSortProperty("zoneId")
                .setFlexGrow(2)
                .setKey("zone");
        grid.addColumn(City::getPartnerSince)
                .setHeader(Texts.t("city.column.partnerSince"))
                .setSortProperty("partnerSince")
                .setKey("partnerSince");
        var hoursColumn = grid.addColumn(c -> c.getWorkStart() + "–" + c.getWorkEnd())
                .setHeader(Texts.t("city.column.hours"))
                .setKey("hours");
        hideWhileEditing(hoursColumn);
        grid.setItems(q -> cities.listCities(q.getOffset(), q.getLimit(), toSort(q.getSortOrders())).stream(), q -> {
            long n = cities.countCities();
            showCount(n, "city.count.one", "city.count.many");
            return (int) n;
        });

        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        holidayRegion.setMaxLength(16);
        countryCode.setMaxLength(2);
        countryCode.setHelperText(Texts.t("city.field.countryCode.helper"));
        zoneId.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zoneId.setRequiredIndicatorVisible(true);
        zoneId.setHelperText(Texts.t("city.field.zone.helper"));
        for (TimePicker t : new TimePicker[] {workStart, workEnd, shoulderStart, shoulderEnd, lateEnd}) {
            t.setStep(Duration.ofMinutes(30));
            t.setRequiredIndicatorVisible(true);
        }
        weekendDays.setItems(DayOfWeek.values());
        weekendDays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Texts.language(getLocale())));
        holidayRegion.setHelperText(Texts.t("city.field.holidayRegion.helper"));
        binder.forField(countryCode)
                .withConverter(v -> v == null ? "" : v.trim().toUpperCase(), v -> v)
                .bind("countryCode");
        binder.forField(holidayRegion).withNullRepresentation("").bind("holidayRegion");
        binder.forField(zoneId).asRequired(Texts.t("city.field.zone.required")).bind("zoneId");
        binder.bindInstanceFields(this);

        FormLayout form = new FormLayout(
                name,
                countryCode,
                zoneId,
                partnerSince,
                home,
                workStart,
                workEnd,
                shoulderStart,
                shoulderEnd,
                lateEnd,
                holidayRegion,
                weekendDays);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        form.setColspan(name, 2);
        form.setColspan(zoneId, 2);
        form.setColspan(weekendDays, 2);
        init(new Div(), form);
    }

    @Override
    protected void readFilter(QueryParameters query) {}

    @Override
    protected Map<String, String> filterParameters() {
        return Map.of();
    }

    @Override
    protected long idOf(City row) {
        return row.id();
    }

    @Override
    protected City load(long id) {
        return cities.getCity(id);
    }

    @Override
    protected City newRecord() {
        return new City("", "", ZoneId.of("UTC"), false);
    }

    @Override
    protected City persist(City record) {
        return cities.save(record);
    }

    @Override
    protected void delete(City record) {
        cities.delete(record.id());
    }

    @Override
    protected boolean canEdit(City record) {
        return admin;
    }

    @Override
    protected boolean canCreate() {
        return admin;
    }

    @Override
    protected String describe(City record) {
        return record.getName();
    }

    @Override
    protected void showExtras(City record, Div extras) {
        extras.add(new PartnershipList(cities, record, admin));
    }
}
