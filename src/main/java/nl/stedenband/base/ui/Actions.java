package nl.stedenband.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import nl.stedenband.base.BusinessRuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Runs what a user asked for, so that every way it can fail ends in a message on screen rather
 * than an error page: a rule's refusal, a record someone else changed in the meantime, or a
 * database that is down or hung. Nothing on screen is cleared on failure, so what was typed stays.
 */
public final class Actions {

    /** Bundle key of the message, and the UI's note of the one on screen. */
    public static final String DATABASE_UNAVAILABLE = "base.database.unavailable";

    private Actions() {}

    /** Runs the action; returns whether it completed. */
    public static boolean run(Runnable action) {
        return run(action, "base.record", null);
    }

    /**
     * Runs the action; a concurrent change of the record offers {@code reload}. {@code what} is
     * the bundle key naming the kind of record (e.g. {@code task.record}). Returns whether it completed.
     */
    public static boolean run(Runnable action, String what, @Nullable Runnable reload) {
        try {
            action.run();
            return true;
        } catch (OptimisticLockingFailureException e) {
            if (reload != null) {
                Dialogs.concurrentChange(what, reload);
            } else {
                Notifications.error(Texts.t("base.concurrent.notSaved", Texts.translated(what)));
            }
        } catch (BusinessRuleException | AccessDeniedException e) {
            Notifications.error(Texts.message(e));
        } catch (RuntimeException e) {
            if (!isDatabaseUnavailable(e)) {
                throw e;
            }
            databaseUnavailable();
        }
        return false;
    }

    /**
     * Says that the database cannot be reached; the screen keeps what it shows. Once per outage:
     * while the message is open, a list that fails to load too adds no second one.
     */
    public static void databaseUnavailable() {
        UI ui = UI.getCurrent();
        Notification open = ui == null ? null : (Notification) ComponentUtil.getData(ui, DATABASE_UNAVAILABLE);
        if (open != null && open.isOpened()) {
            return;
        }
        Notification shown = Notifications.error(Texts.t(DATABASE_UNAVAILABLE));
        shown.addClassName("database-unavailable");
        if (ui != null) {
            ComponentUtil.setData(ui, DATABASE_UNAVAILABLE, shown);
        }
    }

    /**
     * Whether the failure means the database cannot be reached or did not answer in time (down,
     * restarting, hung, or a transient fault such as a deadlock), as opposed to a refusal or a bug:
     * Spring's translated exceptions, Hibernate's and the driver's own, anywhere in the causes.
     */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof OptimisticLockingFailureException) {
                return false;
            }
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof QueryTimeoutException
                    || t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof SQLTransientException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SocketTimeoutException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("HYT00"))) {
                return true;
            }
        }
        return false;
    }
}
