package nl.stedenband.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Confirmations before what cannot be undone, and the answer to a concurrent change. */
public final class Dialogs {

    private Dialogs() {}

    public static ConfirmDialog confirmDelete(String what, Runnable onDelete) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Delete " + what + "?");
        dialog.setText("This cannot be undone.");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.setConfirmText("Delete");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onDelete.run());
        dialog.open();
        return dialog;
    }

    public static ConfirmDialog confirmDiscard(Runnable onDiscard) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Discard your changes?");
        dialog.setText("You have changes that are not saved.");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep editing");
        dialog.setConfirmText("Discard");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onDiscard.run());
        dialog.open();
        return dialog;
    }

    /** Someone else saved the record first: offer to reload, keeping what was typed until then. */
    public static ConfirmDialog concurrentChange(String what, Runnable onReload) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Someone else changed this " + what);
        dialog.setText("Your changes were not saved, so nothing of theirs was overwritten. "
                + "Reload to see their version (your edits are then discarded), or keep your edits on screen "
                + "to copy them first.");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep my edits on screen");
        dialog.setConfirmText("Reload");
        dialog.addConfirmListener(e -> onReload.run());
        dialog.open();
        return dialog;
    }
}
