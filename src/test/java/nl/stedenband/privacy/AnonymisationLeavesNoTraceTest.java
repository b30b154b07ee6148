package nl.stedenband.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.exchange.Direction;
import nl.stedenband.exchange.ExchangeProgramme;
import nl.stedenband.exchange.ExchangeService;
import nl.stedenband.exchange.Mobility;
import nl.stedenband.exchange.MobilityStatus;
import nl.stedenband.exchange.ProgrammeType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every way the app anonymises a person leaves the person's name and e-mail address nowhere in the
 * database: not in any business table and not in any audit ({@code _aud}) table. Every text column
 * of every table is searched, so that a table added later is searched too.
 */
@StedenbandTest
@WithMockUser(username = "officer", roles = "OFFICER")
class AnonymisationLeavesNoTraceTest {

    @Autowired
    PrivacyService privacy;

    @Autowired
    ExchangeService exchanges;

    @Autowired
    ContactService contacts;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGdprErasureLeavesTheNameInNoTable() {
        Contact person = personWithHistory();

        privacy.erase(person.id(), "The person asked to be forgotten");

        assertThat(columnsHolding(marker(person))).isEmpty();
    }

    @Test
    void anonymisingPastExchangeParticipantsLeavesTheNameInNoTable() {
        Contact person = personWithHistory();
        ExchangeProgramme p = new ExchangeProgramme(
                CrmFixtures.unique("Programme"),
                ProgrammeType.STUDENT_EXCHANGE,
                fixtures.organization(OrganizationType.UNIVERSITY, "Enschede"),
                fixtures.organization(OrganizationType.UNIVERSITY, "Dalian"),
                fixtures.city("Dalian"),
                "2019/20",
                1,
                1,
                LocalDate.of(2020, 7, 1));
        p.setMinors(true);
        ExchangeProgramme programme = exchanges.save(p);
        Mobility m = exchanges.nominate(
                programme.id(), person, Direction.OUTBOUND, LocalDate.of(2019, 9, 1), LocalDate.of(2020, 1, 31), null);
        Mobility current = exchanges.recordGuardianConsent(m.id());
        for (MobilityStatus next :
                List.of(MobilityStatus.ACCEPTED, MobilityStatus.IN_PROGRESS, MobilityStatus.COMPLETED)) {
            current = exchanges.changeStatus(m.id(), current.getVersion(), next);
        }

        assertThat(exchanges.anonymisePastParticipants(programme.id())).isEqualTo(1);

        assertThat(columnsHolding(marker(person))).isEmpty();
    }

    /** A person whose name and address are in the record, its tags and several revisions of its history. */
    private Contact personWithHistory() {
        String lastName = "Zwaluw" + CrmFixtures.unique("").strip().replace("-", "");
        Contact person = fixtures.contact(
                fixtures.organization(OrganizationType.UNIVERSITY, "Enschede"),
                lastName,
                lastName.toLowerCase() + "@trace.example");
        Contact edited = contacts.get(person.id());
        edited.setJobTitle("Student of " + lastName);
        edited.setNotes("Met " + lastName + " at the fair");
        edited.setTags(Set.of("alumni"));
        contacts.save(edited);
        return contacts.get(person.id());
    }

    private static String marker(Contact person) {
        return person.getLastName();
    }

    private List<String> columnsHolding(String text) {
        return DatabaseTrace.columnsHolding(jdbc, text);
    }
}
