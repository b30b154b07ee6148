package nl.stedenband.city.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import nl.stedenband.base.ui.Actions;
import nl.stedenband.base.ui.Dialogs;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import nl.stedenband.city.Partnership;
import nl.stedenband.city.PartnershipStatus;

/** The partnerships of one city, oldest first; administrators add and edit them in a dialog. */
class PartnershipList extends Composite<Div> {

    private final CityService cities;
    private final City city;
    private final Grid<Partnership> grid = new Grid<>();

    PartnershipList(CityService cities, City city, boolean editable) {
        this.cities = cities;
        this.city = city;
        Div root = getContent();
        root.addClassName("partnership-list");
        root.add(new H3(Texts.t("city.partnerships.title")));
        grid.addColumn(Partnership::getName)
                .setHeader(Texts.t("city.partnership.column.name"))
                .setFlexGrow(2);
        grid.addColumn(Partnership::getSignedOn).setHeader(Texts.t("city.partnership.signedOn"));
        grid.addColumn(p -> Texts.label(p.getStatus())).setHeader(Texts.t("city.partnership.status"));
        grid.addColumn(Partnership::getThemes)
                .setHeader(Texts.t("city.partnership.themes"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(Texts.t("city.partnerships.empty"));
        if (editable) {
            Button add = new Button(
                    Texts.t("city.partnerships.add"), VaadinIcon.PLUS.create(), e -> edit(new Partnership(city, "")));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            root.add(add);
            grid.addItemClickListener(e -> edit(e.getItem()));
        }
        root.add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(cities.partnershipsOf(city.id()));
    }

    private void edit(Partnership partnership) {
        Binder<Partnership> binder = new BeanValidationBinder<>(Partnership.class);
        TextField name = new TextField(Texts.t("city.partnership.name"));
        DatePicker signedOn = new DatePicker(Texts.t("city.partnership.signedOn"));
        ComboBox<PartnershipStatus> status =
                new ComboBox<>(Texts.t("city.partnership.status"), PartnershipStatus.values());
        status.setItemLabelGenerator(Texts::label);
        TextField themes = new TextField(Texts.t("city.partnership.themes"));
        TextField documentLink = new TextField(Texts.t("city.partnership.documentLink"));
        name.setMaxLength(150);
        themes.setMaxLength(500);
        documentLink.setMaxLength(500);
        binder.forField(name).bind("name");
        binder.forField(signedOn).bind("signedOn");
        binder.forField(status)
                .asRequired(Texts.t("city.partnership.status.required"))
                .bind("status");
        binder.forField(themes).withNullRepresentation("").bind("themes");
        binder.forField(documentLink).withNullRepresentation("").bind("documentLink");
        binder.readBean(partnership);

        Dialog dialog = new Dialog(
                partnership.isNew() ? Texts.t("city.partnership.new", city.getName()) : partnership.getName());
        FormLayout form = new FormLayout(name, signedOn, status, themes, documentLink);
        dialog.add(form);
        Formats.localizeDatePickers(form);
        Button save = new Button(Texts.t("base.action.save"), e -> {
            if (!binder.writeBeanIfValid(partnership)) {
                return;
            }
            Actions.run(
                    () -> {
                        cities.save(partnership);
                        dialog.close();
                        refresh();
                    },
                    "city.partnership.record",
                    null);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(Texts.t("base.action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        if (!partnership.isNew()) {
            Button delete = new Button(
                    Texts.t("base.action.delete"),
                    e -> Dialogs.confirmDelete(
                            Texts.t("base.record.named", Texts.t("city.partnership.record"), partnership.getName()),
                            () -> {
                                cities.deletePartnership(partnership.id());
                                dialog.close();
                                refresh();
                            }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            dialog.getFooter().addComponentAsFirst(delete);
        }
        dialog.open();
    }
}
