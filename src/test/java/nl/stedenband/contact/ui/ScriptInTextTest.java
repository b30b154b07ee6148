package nl.stedenband.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import nl.stedenband.StedenbandTest;
import nl.stedenband.activity.ActivityKind;
import nl.stedenband.activity.ActivityService;
import nl.stedenband.activity.SubjectRef;
import nl.stedenband.base.ui.RenderedHtml;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.contact.OrganizationType;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
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
        activities.add(
                new SubjectRef(OrganizationService.SUBJECT_TYPE, saved.id()),
                ActivityKind.NOTE,
                LocalDate.now(),
                script,
                script);

        UI.getCurrent().navigate("organizations/" + saved.id());

        OrganizationsView view = (OrganizationsView) getCurrentView();
        assertThat(view.name.getValue()).isEqualTo(saved.getName());
        // the timeline's lines are static markup: the browser finds the script as text in them, no element made of it
        Document timeline = RenderedHtml.of((Component) getCurrentView());
        Element summary = timeline.select(".timeline-summary").stream()
                .filter(s -> s.text().equals(script))
                .findFirst()
                .orElseThrow();
        assertThat(summary.childNodes())
                .singleElement()
                .satisfies(c -> assertThat(c).isInstanceOf(TextNode.class));
        Element details = timeline.select(".timeline-details").stream()
                .filter(p -> p.text().equals(script))
                .findFirst()
                .orElseThrow();
        assertThat(details.childNodes())
                .singleElement()
                .satisfies(c -> assertThat(c).isInstanceOf(TextNode.class));
        assertThat(timeline.select("script, img")).isEmpty();
    }
}
