package nl.stedenband.opportunity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.stedenband.opportunity.Opportunity;

/** Asks why an opportunity was lost before it is marked as lost: the reason is required. */
class LostReasonDialog extends Dialog {

    final TextArea reason = new TextArea(getTranslation("opportunity.lost.reason"));
    final Button confirm = new Button(getTranslation("opportunity.lost.confirm"));

    LostReasonDialog(String title, Consumer<String> onConfirm) {
        setHeaderTitle(getTranslation("opportunity.lost.title", title));
        addClassName("lost-reason-dialog");
        reason.setMaxLength(Opportunity.MAX_LOST_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(getTranslation("opportunity.lost.helper"));
        reason.setWidth("28em");
        add(reason);
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("opportunity.refusal.lostReason"));
                reason.focus();
                return;
            }
            close();
            onConfirm.accept(reason.getValue());
        });
        Button cancel = new Button(getTranslation("opportunity.lost.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
