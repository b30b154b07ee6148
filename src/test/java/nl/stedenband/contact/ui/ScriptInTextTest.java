package nl.stedenband.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import nl.stedenband.StedenbandTest;
import nl.stedenband.activity.ActivityKind;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.contact.OrganizationType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Script typed into text fields comes back as the literal text, never as markup. */
@StedenbandTest
@WithMockUser(username = "officer", roles = "OFFICER")
class ScriptInTextTest extends SpringBrowserlessTest {

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ActivityService activities;

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>"})
    void scriptInANameAndOnTheTimelineIsShownAsText(String script) {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        org.setName(script + " " + CrmFixtures.unique("Co"));
        Organization saved = organizations.save(org);
        activities.add(new SubjectRef(OrganizationService.SUBJECT_TYPE, saved.getId()), ActivityKind.NOTE,
                LocalDate.now(), script, script);

        UI.getCurrent().navigate("organizations/" + saved.getId());

        OrganizationsView view = (OrganizationsView) getCurrentView();
        assertThat(view.name.getValue()).isEqualTo(saved.getName());
        Span summary = find(Span.class).withClassName("timeline-summary").all().stream()
                .filter(s -> s.getText().equals(script)).findFirst().orElseThrow();
        // one text node and nothing else: no element was made of the markup
        assertThat(summary.getElement().getChildren()).singleElement().satisfies(c -> assertThat(c.isTextNode()).isTrue());
        assertThat(summary.getElement().getProperty("innerHTML")).isNull();
        Paragraph details = find(Paragraph.class).withClassName("timeline-details").all().stream()
                .filter(p -> p.getText().equals(script)).findFirst().orElseThrow();
        assertThat(details.getElement().getChildren()).singleElement().satisfies(c -> assertThat(c.isTextNode()).isTrue());
    }
}
