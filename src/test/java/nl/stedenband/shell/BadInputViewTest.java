package nl.stedenband.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import nl.stedenband.StedenbandTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Bad addresses and unexpected failures give a clear message, never a stack trace. */
@StedenbandTest
@WithMockUser(username = "officer", roles = "OFFICER")
class BadInputViewTest extends SpringBrowserlessTest {

    @Autowired
    UnexpectedErrorHandler errorHandler;

    @Test
    void anUnknownAddressShowsAFriendlyPageNotTheListOfRoutes() {
        UI.getCurrent().navigate("no-such-page");

        assertThat(getCurrentView()).isInstanceOf(PageNotFoundView.class);
        assertThat(find(Paragraph.class)
                        .withClassName("not-found-message")
                        .single()
                        .getText())
                .isEqualTo(
                        "There is no page at /no-such-page, or you may not open it. Check the address, or use the menu.");
    }

    @Test
    void malformedAndHugeIdsReadAsNotFound() {
        for (String id : new String[] {"abc", "99999999999999999999", "-1", "%3Cscript%3E"}) {
            UI.getCurrent().navigate("contacts/" + id);
            assertThat(getCurrentView()).as(id).isInstanceOf(NotFoundView.class);
            assertThat(find(Paragraph.class)
                            .withClassName("not-found-message")
                            .single()
                            .getText())
                    .as(id)
                    .startsWith("Contact ")
                    .endsWith("was not found. It may have been deleted, or you may not have access to it.");
        }
    }

    @Test
    void anUnexpectedFailureKeepsThePageAndNamesAnIncidentWithoutTheStackTrace() {
        UI.getCurrent().navigate("contacts");

        errorHandler.error(new ErrorEvent(new IllegalStateException("secret internals at nl.stedenband.Foo")));

        String text = test(find(Notification.class)
                        .withClassName("unexpected-error")
                        .single())
                .getText();
        assertThat(text)
                .matches("Something went wrong; your input is kept, please try again\\. \\(Incident [0-9A-F]{8}\\)");
        assertThat(text).doesNotContain("IllegalState", "internals", "nl.stedenband");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ContactsView");
    }
}
