package nl.stedenband.task;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import nl.stedenband.base.RecordCatalog;
import nl.stedenband.base.RecordLink;
import nl.stedenband.base.RecordNotFoundException;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.exchange.ExchangeService;
import nl.stedenband.meeting.MeetingService;
import nl.stedenband.mission.MissionService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the tests only: catalogs of the record kinds that tasks link to in the tests, for as long as
 * the features do not offer their own. Where a feature's own catalog of the same kind exists, a
 * stand-in answers with it, so that the tests see exactly the app's behaviour either way; once
 * every kind has its own catalog this class can go.
 */
@Configuration(proxyBeanMethods = false)
class StandInRecordCatalogs {

    @Bean
    RecordCatalog standInMissionCatalog(MissionService missions, ObjectProvider<RecordCatalog> all,
            PlatformTransactionManager transactions) {
        return new StandIn(MissionService.SUBJECT_TYPE, "Trade mission", "missions/", all, transactions,
                id -> missions.get(id).getTitle());
    }

    @Bean
    RecordCatalog standInVideoconferenceCatalog(MeetingService meetings, ObjectProvider<RecordCatalog> all,
            PlatformTransactionManager transactions) {
        return new StandIn(MeetingService.SUBJECT_TYPE, "Videoconference", "meetings/", all, transactions,
                id -> meetings.get(id).getTopic());
    }

    @Bean
    RecordCatalog standInContactCatalog(ContactService contacts, ObjectProvider<RecordCatalog> all,
            PlatformTransactionManager transactions) {
        return new StandIn(ContactService.SUBJECT_TYPE, "Contact", "contacts/", all, transactions, id -> contacts.get(id).getFullName());
    }

    @Bean
    RecordCatalog standInOrganizationCatalog(OrganizationService organizations, ObjectProvider<RecordCatalog> all,
            PlatformTransactionManager transactions) {
        return new StandIn(OrganizationService.SUBJECT_TYPE, "Organization", "organizations/", all, transactions,
                id -> organizations.get(id).getName());
    }

    @Bean
    RecordCatalog standInProgrammeCatalog(ExchangeService exchanges, ObjectProvider<RecordCatalog> all,
            PlatformTransactionManager transactions) {
        return new StandIn(ExchangeService.SUBJECT_TYPE, "Exchange programme", "exchanges/", all, transactions,
                id -> exchanges.get(id).getName());
    }

    static final class StandIn implements RecordCatalog {

        private final String type;
        private final String label;
        private final String route;
        private final ObjectProvider<RecordCatalog> all;
        private final LongFunction<String> title;
        private final TransactionTemplate ownTransaction;

        StandIn(String type, String label, String route, ObjectProvider<RecordCatalog> all,
                PlatformTransactionManager transactions, LongFunction<String> title) {
            // a record that is not there must not spoil the caller's transaction
            this.ownTransaction = new TransactionTemplate(transactions);
            ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            ownTransaction.setReadOnly(true);
            this.type = type;
            this.label = label;
            this.route = route;
            this.all = all;
            this.title = title;
        }

        private Optional<RecordCatalog> own() {
            return all.orderedStream().filter(c -> !(c instanceof StandIn) && c.type().equals(type)).findFirst();
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public String typeLabel() {
            return own().map(RecordCatalog::typeLabel).orElse(label);
        }

        @Override
        public Optional<RecordLink> find(long id) {
            Optional<RecordCatalog> own = own();
            if (own.isPresent()) {
                return own.get().find(id);
            }
            try {
                String name = ownTransaction.execute(status -> title.apply(id));
                return Optional.of(new RecordLink(type, label, id, name, null, route + id));
            } catch (RecordNotFoundException e) {
                return Optional.empty();
            }
        }

        @Override
        public List<RecordLink> search(String text, int limit) {
            return own().map(c -> c.search(text, limit)).orElse(List.of());
        }
    }
}
