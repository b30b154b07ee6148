package nl.stedenband;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import nl.stedenband.audit.ui.HistoryPanel;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordDirectory;
import nl.stedenband.base.ui.RenderedHtml;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.exchange.Direction;
import nl.stedenband.exchange.ExchangeProgramme;
import nl.stedenband.exchange.ExchangeService;
import nl.stedenband.exchange.Mobility;
import nl.stedenband.exchange.MobilityStatus;
import nl.stedenband.exchange.ProgrammeType;
import nl.stedenband.mission.MissionService;
import nl.stedenband.mission.MissionStatus;
import nl.stedenband.mission.TradeMission;
import nl.stedenband.privacy.PrivacyService;
import nl.stedenband.security.SystemAuthentication;
import nl.stedenband.shell.DashboardView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A Dutch-speaking user sees the missions, videoconferences, exchanges, opportunities, schedule
 * and dashboard in Dutch: titles, column headers, buttons, and the refusals of the services. The
 * expected words are written out, so a key missing from the Dutch bundle shows up here.
 */
@StedenbandTest
class DutchScreensTest extends SpringBrowserlessTest {

    @Autowired
    MissionService missions;

    @Autowired
    ExchangeService exchanges;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    PrivacyService privacy;

    @Autowired
    RecordDirectory records;

    @BeforeEach
    void dutchScreen() {
        UI.getCurrent().setLocale(Texts.DUTCH);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theMissionsSpeakDutchAndSoDoTheirRefusals() {
        UI.getCurrent().navigate("missions");

        assertThat(heading()).isEqualTo("Handelsmissies");
        assertThat(headers())
                .containsExactly("Missie", "Bestemming", "Vanaf", "Status", "Organisaties", "Verantwoordelijke");
        assertThat(buttons()).contains("Nieuwe handelsmissie");
        assertThat(find(Paragraph.class)
                        .withClassName("mission-figures")
                        .single()
                        .getText())
                .startsWith("Bedrijven die meereisden: ")
                .contains("Missies per stad: ");

        TradeMission m = SystemAuthentication.call(() -> missions.save(new TradeMission(
                CrmFixtures.unique("Dutch mission"),
                fixtures.city("Palo Alto"),
                LocalDate.of(2027, 3, 7),
                LocalDate.of(2027, 3, 12))));
        UI.getCurrent().navigate("missions/" + m.id());

        assertThat(find(H3.class).withClassName("mission-status").single().getText())
                .isEqualTo("Status: Concept");
        assertThat(buttons())
                .contains("Plannen", "Missie annuleren", "Opslaan", "Toevoegen aan de delegatie")
                .doesNotContain("Plan", "Save");
        assertThat(find(H3.class).all())
                .extracting(H3::getText)
                .contains("Delegatie", "Reisprogramma, in de tijd van Palo Alto", "Resultaten");

        // a step the flow does not allow, with the status words in Dutch too
        assertThatThrownBy(() -> missions.changeStatus(m.id(), m.getVersion(), MissionStatus.UNDERWAY))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> Texts.message((RuntimeException) e))
                .isEqualTo("Een handelsmissie met de status concept kan niet de status onderweg krijgen;"
                        + " wel de status gepland of geannuleerd");

        // and a refusal on screen: the report comes first
        TradeMission completed = SystemAuthentication.call(() -> {
            TradeMission t = m;
            for (MissionStatus step : List.of(MissionStatus.PLANNED, MissionStatus.CONFIRMED)) {
                t = missions.changeStatus(t.id(), t.getVersion(), step);
            }
            // 2027 has not come yet: an administrator takes these steps early, with a reason
            for (MissionStatus step : List.of(MissionStatus.UNDERWAY, MissionStatus.COMPLETED)) {
                t = missions.changeStatusEarly(t.id(), t.getVersion(), step, "Test");
            }
            return t;
        });
        UI.getCurrent().navigate("missions/" + completed.getId());
        test(button("Markeren als verslag uitgebracht")).click();
        ConfirmDialog confirm =
                find(ConfirmDialog.class).withClassName("mission-step-dialog").single();
        assertThat(confirm.getElement().getProperty("header", "")).isEqualTo("Status wijzigen in verslag uitgebracht?");
        test(confirm).confirm();

        assertThat(notifications())
                .contains("Schrijf eerst het verslag voordat u de missie de status ‘verslag uitgebracht’ geeft");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void statusChangesOnTheTimelineAreSaidInTheReadersLanguage() {
        TradeMission m = SystemAuthentication.call(() -> {
            TradeMission t = missions.save(new TradeMission(
                    CrmFixtures.unique("Timeline mission"),
                    fixtures.city("Dalian"),
                    LocalDate.of(2027, 5, 3),
                    LocalDate.of(2027, 5, 8)));
            t = missions.changeStatus(t.id(), t.getVersion(), MissionStatus.PLANNED);
            return missions.changeStatus(t.id(), t.getVersion(), MissionStatus.CONFIRMED);
        });

        UI.getCurrent().navigate("missions/" + m.id());
        assertThat(timeline()).contains("Status: concept → gepland", "Status: gepland → bevestigd");

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("missions");
        UI.getCurrent().navigate("missions/" + m.id());
        assertThat(timeline()).contains("Status: draft → planned", "Status: planned → confirmed");
    }

    /** Data the app wrote itself (an erasure's label, a follow-up's title) is said in the reader's language too. */
    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anErasedContactIsNamedInDutch() {
        Contact contact = SystemAuthentication.call(() -> fixtures.contact(
                fixtures.organization(OrganizationType.COMPANY, "Enschede"),
                CrmFixtures.unique("Wissel"),
                java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org"));
        privacy.erase(contact.id(), "Verzoek van de persoon");

        UI.getCurrent().navigate("contacts/" + contact.id());

        assertThat(find(H2.class).withClassName("record-editor-title").single().getText())
                .isEqualTo("Geanonimiseerde contactpersoon #" + contact.id());
        assertThat(records.find("CONTACT", contact.id()))
                .hasValueSatisfying(link -> assertThat(Texts.recordTitle(link))
                        .isEqualTo("Geanonimiseerde contactpersoon #" + contact.id()));
        // the note of the request, which the app wrote, reads in Dutch in the record's history
        test(find(HistoryPanel.class).single()).openDetails();
        assertThat(find(Span.class).withClassName("history-new").all())
                .extracting(Span::getText)
                .anySatisfy(text -> assertThat(text)
                        .startsWith("Verwijdering van persoonsgegevens op ")
                        .endsWith(": Verzoek van de persoon"));
    }

    private List<String> timeline() {
        return RenderedHtml.texts((Component) getCurrentView(), ".timeline-summary");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theExchangesSpeakDutchAndRefuseOverBookingInDutch() {
        ExchangeProgramme p = SystemAuthentication.call(() -> {
            ExchangeProgramme programme = exchanges.save(new ExchangeProgramme(
                    CrmFixtures.unique("Uitwisseling"),
                    ProgrammeType.STUDENT_EXCHANGE,
                    fixtures.organization(OrganizationType.UNIVERSITY, "Enschede"),
                    fixtures.organization(OrganizationType.UNIVERSITY, "Dalian"),
                    fixtures.city("Dalian"),
                    "2026/27",
                    1,
                    1,
                    LocalDate.of(2027, 7, 1)));
            for (String name : List.of("First", "Second")) {
                Mobility m = exchanges.nominate(
                        programme.id(),
                        fixtures.contact(
                                requireNonNull(programme.getHomeInstitution()), CrmFixtures.unique(name), null),
                        Direction.OUTBOUND,
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2027, 1, 31),
                        null);
                if (name.equals("First")) {
                    exchanges.changeStatus(m.id(), m.getVersion(), MobilityStatus.ACCEPTED);
                }
            }
            return programme;
        });
        UI.getCurrent().navigate("exchanges");

        assertThat(heading()).isEqualTo("Uitwisselingen");
        assertThat(headers())
                .containsExactly(
                        "Programma", "Soort", "Partnerstad", "Jaar", "Uitgaande plaatsen", "Inkomende plaatsen");
        assertThat(buttons()).contains("Nieuw programma");
        assertThat(find(Anchor.class).withClassName("figures-csv").single().getText())
                .isEqualTo("Cijfers per jaar en stad (CSV)");

        UI.getCurrent().navigate("exchanges/" + p.getId());
        assertThat(find(ListItem.class).withClassName("mobility").all())
                .extracting(ListItem::getText)
                .anySatisfy(t -> assertThat(t).contains(" · Uitgaand · ", " · Geaccepteerd"))
                .anySatisfy(t -> assertThat(t).contains(" · Voorgedragen"));
        assertThat(buttons()).contains("Voordragen", "Accepteren", "Terugtrekken");

        test(button("Accepteren")).click();

        assertThat(notifications()).contains("Alle 1 uitgaande plaatsen van " + p.getName() + " zijn bezet");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theVideoconferencesSpeakDutch() {
        UI.getCurrent().navigate("meetings");

        assertThat(heading()).isEqualTo("Videoconferenties");
        assertThat(headers()).containsExactly("Begin (uw tijd)", "Onderwerp", "Status", "Lokale tijden");
        assertThat(buttons()).contains("Nieuwe videoconferentie");
        assertThat(find(Checkbox.class).all()).extracting(Checkbox::getLabel).contains("Alleen komende");

        UI.getCurrent().navigate("meetings/new");
        assertThat(buttons()).contains("Opslaan", "Taken maken van de vervolgacties");
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void theOpportunitiesSpeakDutchInTheListAndOnTheBoard() {
        UI.getCurrent().navigate("opportunities");

        assertThat(heading()).isEqualTo("Kansen");
        assertThat(headers())
                .containsExactly("Kans", "Organisatie", "Fase", "Soort", "Eigenaar", "Waarde", "Volgende stap");
        assertThat(buttons()).contains("Nieuwe kans", "Bord");

        UI.getCurrent().navigate("opportunities/board");

        assertThat(heading()).isEqualTo("Kansenbord");
        assertThat(find(H2.class).all())
                .extracting(H2::getText)
                .containsSubsequence(
                        "Gesignaleerd", "Benaderd", "Geïntroduceerd", "In gesprek", "Gewonnen", "Verloren");
        assertThat(buttons()).contains("Lijst");
        assertThat(find(Paragraph.class).withClassName("board-hint").single().getText())
                .isEqualTo("Sleep een kaart naar een andere kolom, of gebruik het menu “Verplaatsen naar…”.");
        assertThat(find(Span.class).withClassName("record-count").single().getText())
                .contains("open kans");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theScheduleSpeaksDutch() {
        UI.getCurrent().navigate("schedule", QueryParameters.of("date", "2026-01-15"));

        assertThat(heading()).isEqualTo("Planning over de steden");
        assertThat(find(H2.class).all())
                .extracting(H2::getText)
                .containsSubsequence(
                        "Beste tijden",
                        "Gezamenlijke werktijd van twee steden",
                        "Zomer- en wintertijd rond deze datum",
                        "De beste tijd op elke dag van de week",
                        "Een maandelijks overleg, met het ongemak eerlijk verdeeld");
        assertThat(buttons()).contains("Videoconferentie plannen");
        assertThat(find(Span.class).withClassName("option-summary").all())
                .extracting(Span::getText)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t).contains(" — ongemak "));
        assertThat(texts(find(Span.class).withClassName("timeline-cell").all()))
                .contains("werktijd", "vroeg (randuren)", "late avond", "nacht", "weekend of feestdag");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theDashboardSpeaksDutch() {
        // the start page was built in English when the test's screen opened; leave it for a fresh one
        UI.getCurrent().navigate("schedule");
        navigate(DashboardView.class);

        assertThat(heading()).startsWith("Welkom, ");
        assertThat(find(Paragraph.class).withClassName("home-role").single().getText())
                .isEqualTo("U bent ingelogd als Medewerker internationale betrekkingen.");
        assertThat(find(H2.class).all())
                .extracting(H2::getText)
                .containsSubsequence(
                        "Mijn taken",
                        "Volgende videoconferenties",
                        "Komende handelsmissies",
                        "Bedrijven die meereisden");
    }

    private String heading() {
        return find(H1.class).from((Component) getCurrentView()).single().getText();
    }

    private List<String> headers() {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).from((Component) getCurrentView()).single();
        return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
    }

    private List<String> buttons() {
        return find(Button.class).all().stream().map(Button::getText).toList();
    }

    private Button button(String text) {
        return find(Button.class).all().stream()
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream()
                .map(n -> test(n).getText())
                .toList();
    }

    private static List<String> texts(List<? extends Component> components) {
        return components.stream().map(c -> ((HasText) c).getText()).toList();
    }
}
