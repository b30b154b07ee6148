package nl.stedenband.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.base.ui.Texts;

/** A clear "not found" for an unknown or forbidden record id, instead of a stack trace. */
@PageTitle("shell.notFound.title")
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Main implements HasErrorParameter<RecordNotFoundException> {

    private final Paragraph message = new Paragraph();

    public NotFoundView() {
        addClassName("not-found-view");
        message.addClassName("not-found-message");
        add(
                new H1(getTranslation("shell.notFound.title")),
                message,
                new Anchor("", getTranslation("shell.backToStart")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RecordNotFoundException> parameter) {
        message.setText(
                parameter.hasCustomMessage() ? parameter.getCustomMessage() : Texts.message(parameter.getException()));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
