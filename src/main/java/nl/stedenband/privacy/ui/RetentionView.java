package nl.stedenband.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import nl.stedenband.base.ui.Dialogs;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.base.ui.Notifications;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.privacy.RetentionItem;
import nl.stedenband.privacy.RetentionResult;
import nl.stedenband.privacy.RetentionRule;
import nl.stedenband.privacy.RetentionService;
import nl.stedenband.privacy.RetentionService.RuleSetting;
import nl.stedenband.security.Role;

/**
 * Storage limitation for administrators: the retention rules in words, what the next nightly run will
 * anonymise, and that run on demand, after a confirmation that says how many records it erases.
 */
@Route("admin/retention")
@PageTitle("retention.title")
@Menu(order = 96, icon = "vaadin:hourglass", title = "retention.title")
@RolesAllowed(Role.Names.ADMIN)
public class RetentionView extends Main {

    private final RetentionService retention;
    private final List<RuleSetting> settings;
    final Grid<RetentionItem> grid = new Grid<>();
    private final Span count = new Span();
    private final Paragraph empty = new Paragraph(Texts.t("retention.preview.empty"));
    private final Button run = new Button(Texts.t("retention.run.button"), VaadinIcon.ERASER.create());

    public RetentionView(RetentionService retention) {
        this.retention = retention;
        this.settings = retention.rules();
        addClassName("retention-view");

        UnorderedList rules = new UnorderedList();
        rules.addClassName("retention-rules");
        for (RuleSetting setting : settings) {
            String words = Texts.t(setting.rule().labelKey(), period(setting));
            rules.add(new ListItem(setting.active() ? words : Texts.t("retention.rule.off", words)));
        }

        count.addClassName("record-count");
        run.addClassName("retention-run");
        run.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> confirmRun());
        HorizontalLayout previewHeader = new HorizontalLayout(new H2(Texts.t("retention.preview.title")), count, run);
        previewHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        previewHeader.setWrap(true);
        previewHeader.addClassName("view-header");

        grid.addClassName("retention-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(i -> Texts.t(i.rule().kind().labelKey()))
                .setHeader(Texts.t("retention.column.kind"))
                .setKey("kind")
                .setAutoWidth(true);
        grid.addColumn(RetentionItem::label)
                .setHeader(Texts.t("retention.column.record"))
                .setKey("record")
                .setFlexGrow(2);
        grid.addColumn(i -> Texts.t(shortKey(i.rule()), period(setting(i.rule()))))
                .setHeader(Texts.t("retention.column.rule"))
                .setKey("rule")
                .setFlexGrow(2);
        grid.addColumn(i -> Formats.date(i.dueSince()))
                .setHeader(Texts.t("retention.column.dueSince"))
                .setKey("dueSince")
                .setAutoWidth(true);
        grid.setPageSize(50);
        grid.setEmptyStateText(Texts.t("retention.preview.empty"));
        grid.setWidthFull();
        empty.addClassName("empty-state");

        add(
                new H1(Texts.t("retention.title")),
                new Paragraph(Texts.t("retention.intro")),
                new H2(Texts.t("retention.rules.title")),
                rules,
                previewHeader,
                empty,
                grid);
        refresh();
    }

    private void refresh() {
        long due = retention.countDue();
        count.setText(Texts.t("retention.preview.count", due));
        grid.setItems(q -> retention.preview(q.getOffset(), q.getLimit()).stream(), q ->
                (int) Math.min(Integer.MAX_VALUE, retention.countDue()));
        grid.setVisible(due > 0);
        empty.setVisible(due == 0);
        run.setEnabled(due > 0);
    }

    /** The confirmation names the number the run will take: what is due now, up to one run's limit. */
    private void confirmRun() {
        List<RetentionItem> items = new ArrayList<>(retention.nextRun());
        if (items.isEmpty()) {
            refresh();
            return;
        }
        int n = items.size();
        Dialogs.confirmStep(
                "retention-confirm",
                Texts.t("retention.run.header", n),
                Texts.t("retention.run.text", n),
                Texts.t("retention.run.confirm"),
                Texts.t("retention.run.cancel"),
                true,
                () -> {
                    RetentionResult result = retention.run(items);
                    StringBuilder text = new StringBuilder(Texts.t("retention.run.done", result.anonymised()));
                    if (result.noLongerDue() > 0) {
                        text.append(' ').append(Texts.t("retention.run.notDue", result.noLongerDue()));
                    }
                    if (result.failed() > 0) {
                        Notifications.error(text.append(' ')
                                .append(Texts.t("retention.run.failed", result.failed()))
                                .toString());
                    } else {
                        Notifications.success(text.toString());
                    }
                    refresh();
                });
    }

    private RuleSetting setting(RetentionRule rule) {
        return settings.stream().filter(s -> s.rule() == rule).findFirst().orElseThrow();
    }

    private static String period(RuleSetting setting) {
        return Texts.t(setting.periodKey(), setting.periodCount());
    }

    private static String shortKey(RetentionRule rule) {
        return "retention.short." + rule.name();
    }
}
