package nl.stedenband.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that failed to open for a reason nobody foresaw: a calm message and an incident id, the
 * stack trace only in the log — never on the screen. No parent layout, in case the layout failed.
 */
@PageTitle("Something went wrong · Stedenband")
@PermitAll
public class ErrorView extends Main implements HasErrorParameter<Exception> {

    private final Paragraph message = new Paragraph();
    private final Paragraph incident = new Paragraph();

    public ErrorView() {
        addClassName("error-view");
        message.addClassName("error-message");
        incident.addClassName("error-incident");
        add(new H1("Something went wrong"), message, incident, new Anchor("", "Back to the start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = Incidents.log("opening /" + event.getLocation().getPath(), parameter.getCaughtException());
        message.setText("This page could not be opened. Please try again in a moment.");
        incident.setText("If it happens again, tell the administrator incident " + id + ".");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
