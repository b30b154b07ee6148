package nl.stedenband.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.stedenband.MovableClock;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.ui.Formats;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.exchange.Direction;
import nl.stedenband.exchange.ExchangeProgramme;
import nl.stedenband.exchange.ExchangeService;
import nl.stedenband.exchange.Mobility;
import nl.stedenband.exchange.ProgrammeType;
import nl.stedenband.privacy.RetentionItem;
import nl.stedenband.privacy.RetentionRule;
import nl.stedenband.privacy.RetentionService;
import nl.stedenband.security.SystemAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The retention page as an administrator uses it. The test clock goes ten years back first: then
 * nothing of the demo data or of other tests is due, and the page shows exactly what each test makes.
 */
@StedenbandTest
@WithMockUser(username = "admin", roles = "ADMIN")
class RetentionViewTest extends SpringBrowserlessTest {

    @Autowired
    MovableClock clock;

    @Autowired
    ExchangeService exchanges;

    @Autowired
    RetentionService retention;

    @Autowired
    CrmFixtures fixtures;

    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void tenYearsBack() {
        clock.freeze();
        clock.advance(Duration.ofDays(-3652));
    }

    @AfterEach
    void anonymiseWhatIsLeftAndPutTheClockBack() {
        // a mobility that ended eleven years ago must not stay due for the other tests
        SystemAuthentication.run(() -> retention.run(created.stream()
                .map(id -> new RetentionItem(RetentionRule.MINOR_MOBILITY, id, "", today()))
                .toList()));
        clock.reset();
    }

    @Test
    void thePreviewListsWhatTheNextRunAnonymisesWithTheRuleAndTheDay() {
        Contact pupil = pupil();
        LocalDate ended = today().minusMonths(14);
        minorsMobility(pupil, ended);

        navigate(RetentionView.class);

        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .contains(
                        "Exchanges of minors: anonymised 12 months after the mobility ends",
                        "Other exchanges: anonymised 5 years after the mobility ends");
        assertThat(find(Span.class).withClassName("record-count").single().getText())
                .isEqualTo("1 record");
        Grid<RetentionItem> grid = grid();
        assertThat(grid.isVisible()).isTrue();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("kind")))
                .isEqualTo("Exchange participant");
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("record")))
                .contains(pupil.getFullName());
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("rule")))
                .isEqualTo("Minor, 12 months after the end");
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("dueSince")))
                .isEqualTo(Formats.date(ended.plusMonths(12)));
        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .contains("Retention");
    }

    @Test
    void withNothingDueThePageSaysSoAndOffersNoRun() {
        navigate(RetentionView.class);

        assertThat(find(Paragraph.class).withClassName("empty-state").single().isVisible())
                .isTrue();
        assertThat(find(Paragraph.class).withClassName("empty-state").single().getText())
                .isEqualTo("Nothing is due: the next run will anonymise no records.");
        assertThat(find(Grid.class).withClassName("retention-grid").all())
                .as("no grid shown")
                .isEmpty();
        assertThat(runButton().isEnabled()).isFalse();
        assertThat(find(Span.class).withClassName("record-count").single().getText())
                .isEqualTo("No records");
    }

    @Test
    void runNowAsksFirstSayingHowManyAndThatItCannotBeUndone() {
        Contact pupil = pupil();
        Mobility m = minorsMobility(pupil, today().minusMonths(13));
        navigate(RetentionView.class);

        test(runButton()).click();
        ConfirmDialog dialog =
                find(ConfirmDialog.class).withClassName("retention-confirm").single();
        assertThat(test(dialog).getHeader()).isEqualTo("Anonymise 1 record now?");
        assertThat(dialog.getElement().getProperty("message", ""))
                .contains("this record is erased for good")
                .endsWith("This cannot be undone.");
        test(dialog).cancel();
        assertThat(anonymised(m)).as("nothing happens before the answer").isFalse();

        test(runButton()).click();
        test(find(ConfirmDialog.class).withClassName("retention-confirm").all().getLast())
                .confirm();

        assertThat(anonymised(m)).isTrue();
        assertThat(find(Notification.class).all())
                .extracting(n -> test(n).getText())
                .contains("1 record anonymised.");
        assertThat(find(Paragraph.class).withClassName("empty-state").single().isVisible())
                .isTrue();
        assertThat(find(Grid.class).withClassName("retention-grid").all())
                .as("no grid shown")
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Grid<RetentionItem> grid() {
        return find(Grid.class).withClassName("retention-grid").single();
    }

    private Button runButton() {
        return find(Button.class).withClassName("retention-run").single();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
    }

    private Contact pupil() {
        return fixtures.contact(
                fixtures.organization(OrganizationType.SCHOOL, "Enschede"), CrmFixtures.unique("Pupil"), null);
    }

    private Mobility minorsMobility(Contact pupil, LocalDate ended) {
        return SystemAuthentication.call(() -> {
            ExchangeProgramme p = new ExchangeProgramme(
                    CrmFixtures.unique("School exchange"),
                    ProgrammeType.STUDENT_EXCHANGE,
                    fixtures.organization(OrganizationType.SCHOOL, "Enschede"),
                    fixtures.organization(OrganizationType.SCHOOL, "Dalian"),
                    fixtures.city("Dalian"),
                    ExchangeService.academicYearOf(ended),
                    3,
                    3,
                    today().plusMonths(6));
            p.setMinors(true);
            ExchangeProgramme programme = exchanges.save(p);
            Mobility m =
                    exchanges.nominate(programme.id(), pupil, Direction.OUTBOUND, ended.minusMonths(4), ended, null);
            created.add(m.id());
            return m;
        });
    }

    private boolean anonymised(Mobility m) {
        return SystemAuthentication.call(
                        () -> exchanges.mobilities(m.getProgramme().id()))
                .stream()
                .filter(x -> x.id() == m.id())
                .findFirst()
                .orElseThrow()
                .isAnonymised();
    }
}
