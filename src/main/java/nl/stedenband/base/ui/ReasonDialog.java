package nl.stedenband.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * A confirmation that needs a reason: says what follows, asks why, and goes ahead only with a reason
 * (said next to the field when missing). Cancelling changes nothing. Open it with
 * {@link Dialogs#confirmWithReason}.
 */
public class ReasonDialog extends Dialog {

    public final TextArea reason = new TextArea(Texts.t("base.dialog.reason.label"));
    public final Button confirm;

    ReasonDialog(String header, String text, String confirmText, int maxLength, Consumer<String> onConfirm) {
        setHeaderTitle(header);
        addClassName("reason-dialog");
        setMaxWidth("min(32em, 100vw)");
        Paragraph explanation = new Paragraph(text);
        explanation.addClassName("reason-dialog-text");
        reason.setMaxLength(maxLength);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        add(explanation, reason);
        confirm = new Button(confirmText, e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(Texts.t("base.dialog.reason.required"));
                reason.focus();
                return;
            }
            close();
            onConfirm.accept(reason.getValue().strip());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("reason-confirm");
        Button cancel = new Button(Texts.t("base.dialog.reason.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
