package nl.stedenband.privacy.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.stedenband.base.ui.Actions;
import nl.stedenband.base.ui.Notifications;
import nl.stedenband.privacy.PrivacyService;

/**
 * The person's data on request (GDPR): "Export personal data" downloads everything the app holds
 * about them as JSON; "Erase / anonymise" asks first, naming the person, and wants the reason.
 */
class PrivacyPanel extends Div {

    final Anchor export;
    final Button erase;
    private final PrivacyService privacy;
    private final long contactId;
    private final String name;

    PrivacyPanel(PrivacyService privacy, long contactId, String name) {
        this.privacy = privacy;
        this.contactId = contactId;
        this.name = name;
        addClassName("privacy-panel");
        H3 title = new H3(getTranslation("privacy.panel.title"));
        Paragraph intro = new Paragraph(getTranslation("privacy.panel.intro"));

        export = new Anchor(
                (DownloadHandler) event -> {
                    byte[] json = privacy.exportPersonalData(contactId).getBytes(StandardCharsets.UTF_8);
                    event.setFileName("personal-data-contact-" + contactId + "-" + LocalDate.now() + ".json");
                    event.setContentType("application/json");
                    event.setContentLength(json.length);
                    event.getOutputStream().write(json);
                },
                getTranslation("privacy.export.link"));
        export.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        export.addClassName("privacy-export");

        erase = new Button(
                getTranslation("privacy.erase.button"), VaadinIcon.EYE_SLASH.create(), e -> confirmErasure());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        erase.addClassName("privacy-erase");

        HorizontalLayout actions = new HorizontalLayout(export, erase);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(title, intro, actions);
    }

    /** The dialog names the person and will not erase without a reason. */
    Dialog confirmErasure() {
        Dialog dialog = new Dialog();
        dialog.addClassName("privacy-erase-dialog");
        dialog.setHeaderTitle(getTranslation("privacy.erase.header", name));
        TextArea reason = new TextArea(getTranslation("privacy.erase.reason"));
        reason.addClassName("privacy-erase-reason");
        reason.setRequired(true);
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setHelperText(getTranslation("privacy.erase.reasonHelp"));
        Button confirm = new Button(getTranslation("privacy.erase.confirm"));
        confirm.addClassName("privacy-erase-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        reason.addValueChangeListener(e -> confirm.setEnabled(!e.getValue().isBlank()));
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                return;
            }
            if (Actions.run(() -> privacy.erase(contactId, reason.getValue()))) {
                dialog.close();
                Notifications.success(getTranslation("privacy.erase.done", name));
                UI.getCurrent().refreshCurrentRoute(false);
            }
        });
        Button cancel = new Button(getTranslation("privacy.erase.cancel"), e -> dialog.close());
        cancel.addClassName("privacy-erase-cancel");
        cancel.addClickShortcut(Key.ESCAPE);
        dialog.add(new Paragraph(getTranslation("privacy.erase.explanation", name)), reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        return dialog;
    }
}
