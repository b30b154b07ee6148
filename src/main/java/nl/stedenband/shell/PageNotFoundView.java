package nl.stedenband.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An unknown address, or a page the user's roles may not open: one clear message for both (so that
 * addresses reveal nothing), with status 404 — instead of Vaadin's list of routes.
 */
@PageTitle("shell.pageNotFound.title")
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    private final Paragraph message = new Paragraph();

    public PageNotFoundView() {
        addClassName("not-found-view");
        message.addClassName("not-found-message");
        add(
                new H1(getTranslation("shell.pageNotFound.title")),
                message,
                new Anchor("", getTranslation("shell.backToStart")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // the path is shown as text; the exception's own message may name routes and roles, so it is not
        message.setText(getTranslation(
                "shell.pageNotFound.message", "/" + event.getLocation().getPath()));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
