package nl.stedenband.shell;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import nl.stedenband.base.RecordDirectory;
import nl.stedenband.base.RecordLink;
import nl.stedenband.base.ui.Texts;

/**
 * One box in the header that finds organizations, contacts, missions, programmes,
 * videoconferences, opportunities and one's own tasks by name, and opens the chosen record.
 * Ctrl+K puts the cursor in it from anywhere.
 */
public class GlobalSearch extends Composite<ComboBox<RecordLink>> {

    /** Enough to recognise the record among a handful of each kind; more means typing on. */
    static final int PER_TYPE = 5;

    public GlobalSearch(RecordDirectory directory) {
        ComboBox<RecordLink> box = getContent();
        box.addClassName("global-search");
        box.setPlaceholder(Texts.t("shell.search.placeholder"));
        box.setAriaLabel(Texts.t("shell.search.label"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setAllowCustomValue(false);
        box.setItemLabelGenerator(Texts::recordTitle);
        // rendered as components with text, so a name like "<b>x</b>" stays text
        box.setRenderer(new ComponentRenderer<>(GlobalSearch::hit));
        box.setItems(query -> directory.search(query.getFilter().orElse(""), PER_TYPE).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
        box.addValueChangeListener(e -> {
            RecordLink chosen = e.getValue();
            if (e.isFromClient() && chosen != null) {
                box.clear();
                UI.getCurrent().navigate(chosen.route());
            }
        });
        Shortcuts.addShortcutListener(box, (com.vaadin.flow.server.Command) box::focus, Key.KEY_K, KeyModifier.CONTROL)
                .listenOn(UI.getCurrent());
    }

    static Div hit(RecordLink link) {
        Span kind = new Span(Texts.recordType(link));
        kind.addClassName("search-hit-type");
        Span title = new Span(Texts.recordTitle(link));
        title.addClassName("search-hit-title");
        Div hit = new Div(kind, title);
        String said = Texts.recordDetail(link);
        if (!said.isBlank()) {
            Span detail = new Span(said);
            detail.addClassName("search-hit-detail");
            hit.add(detail);
        }
        hit.addClassName("search-hit");
        return hit;
    }
}
