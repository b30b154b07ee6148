package nl.stedenband.opportunity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.stedenband.opportunity.Opportunity;

/** Asks why an opportunity was lost before it is marked as lost: the reason is required. */
class LostReasonDialog extends Dialog {

    final TextArea reason = new TextArea("Why was it lost?");
    final Button confirm = new Button("Mark as lost");

    LostReasonDialog(String title, Consumer<String> onConfirm) {
        setHeaderTitle("Mark “" + title + "” as lost");
        addClassName("lost-reason-dialog");
        reason.setMaxLength(Opportunity.MAX_LOST_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText("E.g. chose another region, no budget, went quiet. It stays on the timeline.");
        reason.setWidth("28em");
        add(reason);
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Say why the opportunity was lost");
                reason.focus();
                return;
            }
            close();
            onConfirm.accept(reason.getValue());
        });
        Button cancel = new Button("Cancel", e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
