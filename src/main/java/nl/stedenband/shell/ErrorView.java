package nl.stedenband.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that failed to open for a reason nobody foresaw: a calm message and an incident id, the
 * stack trace only in the log — never on the screen. No parent layout, in case the layout failed.
 */
@PermitAll
public class ErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private final Paragraph message = new Paragraph();
    private final Paragraph incident = new Paragraph();

    public ErrorView() {
        addClassName("error-view");
        message.addClassName("error-message");
        incident.addClassName("error-incident");
        add(
                new H1(getTranslation("shell.error.title")),
                message,
                incident,
                new Anchor("", getTranslation("shell.backToStart")));
    }

    @Override
    public String getPageTitle() {
        // no frame around this page (it may be what failed), so it names its own title
        return getTranslation("app.page.title", getTranslation("shell.error.title"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = Incidents.log("opening /" + event.getLocation().getPath(), parameter.getCaughtException());
        message.setText(getTranslation("shell.error.message"));
        incident.setText(getTranslation("shell.error.incident", id));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
