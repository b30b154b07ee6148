package nl.stedenband.activity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
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
import nl.stedenband.base.ui.Actions;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.TimelineEvent;
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

    private void refresh() {
        entries.removeAll();
        List<Activity> list = activities.timeline(subject);
        if (list.isEmpty()) {
            Paragraph empty = new Paragraph(Texts.t("activity.timeline.empty"));
            empty.addClassName("empty-state");
            entries.add(new ListItem(empty));
            return;
        }
        for (Activity a : list) {
            String[] icon = a.getKind().icon().split(":");
            Icon kindIcon = new Icon(icon[0], icon[1]);
            kindIcon.getElement().setAttribute("aria-label", Texts.label(a.getKind()));
            Span when = new Span(Formats.date(a.getOccurredOn()) + " · " + Texts.label(a.getKind()) + " · " + a.getAuthor());
            when.addClassName("timeline-meta");
            // lines the app wrote are said in the reader's language; lines people typed as typed
            String key = a.getSummaryKey();
            Span summary = new Span(key != null && Texts.isKey(key)
                    ? TimelineEvent.say(Texts.locale(), key, a.getSummaryArgs())
                    : a.getSummary());
            summary.addClassName("timeline-summary");
            ListItem item = new ListItem(kindIcon, new Div(summary, when));
            if (a.getDetails() != null) {
                Paragraph details = new Paragraph(a.getDetails());
                details.addClassName("timeline-details");
                item.add(details);
            }
            item.addClassName("timeline-entry");
            entries.add(item);
        }
    }
}
