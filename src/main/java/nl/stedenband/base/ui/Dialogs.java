package nl.stedenband.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

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
