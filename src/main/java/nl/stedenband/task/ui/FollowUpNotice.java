package nl.stedenband.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.task.FollowUpResult;

/**
 * Says which follow-up tasks were already there: each by its title and assignee, with a link to it,
 * so that nobody makes the same task again or wonders who has it. Stays until closed: it holds links.
 */
public final class FollowUpNotice {

    private FollowUpNotice() {}

    /** Nothing when every task was new. */
    public static void show(List<FollowUpResult.Existing> existing) {
        if (existing.isEmpty()) {
            return;
        }
        Div lines = new Div();
        lines.addClassName("follow-up-existing");
        for (FollowUpResult.Existing task : existing) {
            Anchor open = new Anchor(task.route(), Texts.t("task.followUp.open"));
            open.setAriaLabel(Texts.t("task.followUp.openLabel", task.title().in(Texts.locale())));
            open.addClassName("follow-up-existing-link");
            Paragraph line = new Paragraph(
                    Texts.t("task.followUp.exists", task.title().in(Texts.locale()), task.assigneeName()) + " ");
            line.add(open);
            lines.add(line);
        }
        Notification notification = new Notification();
        notification.addClassName("follow-up-notice");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(Texts.t("base.action.close"));
        Div content = new Div(lines, close);
        content.addClassName("follow-up-notice-content");
        notification.add(content);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.setDuration(0);
        notification.open();
    }
}
