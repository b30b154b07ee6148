package nl.stedenband.activity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import nl.stedenband.activity.Activity;
import nl.stedenband.activity.ActivityKind;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.base.TimelineEvent;
import nl.stedenband.base.ui.Actions;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.ui.StaticHtml;
import nl.stedenband.base.ui.Texts;

/** A record's timeline, newest first, with a short form to add a note, call, meeting or e-mail. */
public class ActivityTimeline extends Composite<Div> {

    private final ActivityService activities;
    private final SubjectRef subject;
    private final UnorderedList entries = new UnorderedList();

    public ActivityTimeline(ActivityService activities, SubjectRef subject) {
        this.activities = activities;
        this.subject = subject;
        Div root = getContent();
        root.addClassName("activity-timeline");
        root.add(new H3(Texts.t("activity.timeline.title")));
        if (activities.canAddTo(subject)) {
            root.add(addForm());
        }
        entries.addClassName("timeline-entries");
        root.add(entries);
        refresh();
    }

    private Div addForm() {
        ComboBox<ActivityKind> kind = new ComboBox<>(Texts.t("activity.field.kind"), ActivityKind.MANUAL);
        kind.setItemLabelGenerator(Texts::label);
        kind.setValue(ActivityKind.NOTE);
        kind.setAllowCustomValue(false);
        DatePicker date = new DatePicker(Texts.t("activity.field.date"), LocalDate.now());
        date.setRequiredIndicatorVisible(true);
        Formats.localizeDatePickers(date);
        TextField summary = new TextField(Texts.t("activity.field.summary"));
        summary.setMaxLength(200);
        summary.setRequiredIndicatorVisible(true);
        summary.setWidthFull();
        TextArea details = new TextArea(Texts.t("activity.field.details"));
        details.setMaxLength(4000);
        details.setWidthFull();
        Button add = new Button(Texts.t("activity.add"), VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add.addClickListener(e -> {
            if (summary.getValue().isBlank() || date.getValue() == null || kind.getValue() == null) {
                summary.setInvalid(summary.getValue().isBlank());
                summary.setErrorMessage(Texts.t("activity.validation.summary"));
                date.setInvalid(date.getValue() == null);
                return;
            }
            Actions.run(() -> {
                activities.add(subject, kind.getValue(), date.getValue(), summary.getValue(), details.getValue());
                summary.clear();
                summary.setInvalid(false);
                details.clear();
                refresh();
            });
        });
        HorizontalLayout row = new HorizontalLayout(kind, date);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div form = new Div(row, summary, details, add);
        form.addClassName("timeline-form");
        return form;
    }

    /** The entries are only read: static markup in the one list element, not components per line. */
    private void refresh() {
        List<Activity> list = activities.timeline(subject);
        StaticHtml html = new StaticHtml();
        if (list.isEmpty()) {
            html.open("li", "")
                    .element("p", "empty-state", Texts.t("activity.timeline.empty"))
                    .close("li")
                    .into(entries);
            return;
        }
        for (Activity a : list) {
            html.open("li", "timeline-entry")
                    .start("vaadin-icon")
                    .attribute("icon", a.getKind().icon())
                    .attribute("aria-label", Texts.label(a.getKind()))
                    .endOpen()
                    .close("vaadin-icon")
                    .open("div", "");
            // lines the app wrote are said in the reader's language; lines people typed as typed
            String key = a.getSummaryKey();
            html.element(
                            "span",
                            "timeline-summary",
                            key != null && Texts.isKey(key)
                                    ? TimelineEvent.say(Texts.locale(), key, a.getSummaryArgs())
                                    : a.getSummary())
                    .element(
                            "span",
                            "timeline-meta",
                            Formats.date(a.getOccurredOn()) + " · " + Texts.label(a.getKind()) + " · " + a.getAuthor())
                    .close("div");
            if (a.getDetails() != null) {
                html.element("p", "timeline-details", a.getDetails());
            }
            html.close("li");
        }
        html.into(entries);
    }
}
