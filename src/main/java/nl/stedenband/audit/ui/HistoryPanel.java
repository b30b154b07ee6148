package nl.stedenband.audit.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import nl.stedenband.audit.AuditService;
import nl.stedenband.audit.FieldChange;
import nl.stedenband.audit.RecordChange;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.ui.Texts;

/**
 * A record's history below its form: per change when, who, and each changed field as old → new,
 * newest first. Read only, loaded when opened, and every value is text (never markup).
 */
public class HistoryPanel extends Details {

    private final AuditService audit;
    private final String type;
    private final long id;
    private final ZoneId zone;
    private final Div entries = new Div();
    private boolean loaded;

    public HistoryPanel(AuditService audit, String type, long id, ZoneId zone) {
        super(Texts.t("audit.history.title"));
        this.audit = audit;
        this.type = type;
        this.id = id;
        this.zone = zone;
        addClassName("history-panel");
        entries.addClassName("history-entries");
        add(entries);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                load();
            }
        });
    }

    /** Reads the history (again). */
    public void load() {
        loaded = true;
        entries.removeAll();
        List<RecordChange> changes = audit.history(type, id);
        if (changes.isEmpty()) {
            Paragraph empty = new Paragraph(Texts.t("audit.history.empty"));
            empty.addClassName("history-empty");
            entries.add(empty);
            return;
        }
        changes.forEach(c -> entries.add(entry(c)));
    }

    public boolean isLoaded() {
        return loaded;
    }

    private Div entry(RecordChange change) {
        Span header = new Span(Formats.dateTime(Texts.locale())
                        .format(change.at().atZone(zone)) + " · " + change.user() + " · " + Texts.label(change.kind()));
        header.addClassName("history-entry-header");
        Div entry = new Div(header);
        entry.addClassName("history-entry");
        AuditTexts say = AuditTexts.forScreen(zone);
        change.changes().forEach(f -> entry.add(field(say, f)));
        return entry;
    }

    static Div field(AuditTexts say, FieldChange change) {
        Span name = new Span(say.field(change.field()) + ": ");
        name.addClassName("history-field");
        Span before = new Span(say.value(change.oldValue()));
        before.addClassName("history-old");
        Span after = new Span(say.value(change.newValue()));
        after.addClassName("history-new");
        Div row = new Div(name, before, new Span(" → "), after);
        row.addClassName("history-change");
        return row;
    }
}
