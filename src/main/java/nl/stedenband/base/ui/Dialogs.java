package nl.stedenband.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.function.Consumer;

/** Confirmations before what cannot be undone, and the answer to a concurrent change. */
public final class Dialogs {

    private Dialogs() {}

    /** {@code what} names the record in the screen's language, e.g. "contact Anna de Vries". */
    public static ConfirmDialog confirmDelete(String what, Runnable onDelete) {
        ConfirmDialog dialog = new ConfirmDialog();
        // Dutch puts the record first ("Contactpersoon … verwijderen?")
        dialog.setHeader(Texts.capitalized(Texts.t("base.dialog.delete.title", what)));
        dialog.setText(Texts.t("base.dialog.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("base.dialog.delete.cancel"));
        dialog.setConfirmText(Texts.t("base.action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onDelete.run());
        dialog.open();
        return dialog;
    }

    public static ConfirmDialog confirmDiscard(Runnable onDiscard) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(Texts.t("base.dialog.discard.title"));
        dialog.setText(Texts.t("base.dialog.discard.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("base.dialog.discard.cancel"));
        dialog.setConfirmText(Texts.t("base.dialog.discard.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onDiscard.run());
        dialog.open();
        return dialog;
    }

    /**
     * A step that changes what others see or may do: the header asks, the text says what follows.
     * {@code className} lets a page and its tests tell its confirmations apart.
     */
    public static ConfirmDialog confirmStep(
            String className,
            String header,
            String text,
            String confirmText,
            String cancelText,
            boolean destructive,
            Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName(className);
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(cancelText);
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme(destructive ? "error primary" : "primary");
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
        return dialog;
    }

    /** A step that needs a reason (a step back, an exception to a rule): nothing happens without one. */
    public static ReasonDialog confirmWithReason(
            String className,
            String header,
            String text,
            String confirmText,
            int maxLength,
            Consumer<String> onConfirm) {
        ReasonDialog dialog = new ReasonDialog(header, text, confirmText, maxLength, onConfirm);
        dialog.addClassName(className);
        dialog.open();
        return dialog;
    }

    /**
     * Someone else saved the record first: offer to reload, keeping what was typed until then.
     * {@code what} is the bundle key of the kind of record (e.g. {@code contact.record}).
     */
    public static ConfirmDialog concurrentChange(String what, Runnable onReload) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(Texts.t("base.dialog.concurrent.title", Texts.translated(what)));
        dialog.setText(Texts.t("base.dialog.concurrent.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("base.dialog.concurrent.cancel"));
        dialog.setConfirmText(Texts.t("base.dialog.concurrent.confirm"));
        dialog.addConfirmListener(e -> onReload.run());
        dialog.open();
        return dialog;
    }
}
