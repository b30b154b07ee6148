package nl.stedenband.contact;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.stedenband.StedenbandTest;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Many users saving the same record at once, on the real database: no save overwrites another
 * unseen. A refused save is an {@link OptimisticLockingFailureException} (which the views show as
 * "someone else changed this"), never a silent loss, and retrying after a reload gets every change in.
 */
@StedenbandTest
class LostUpdateTest {

    static final int USERS = 8;
    static final int CHANGES = 25;

    @Autowired
    OrganizationService organizations;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void everyBusinessRecordCarriesAVersion() {
        List<String> unversioned = entityManagerFactory.getMetamodel().getEntities().stream()
                // audit revisions are written once and never edited: they need no version
                .filter(e -> !e.getJavaType().isAnnotationPresent(org.hibernate.envers.RevisionEntity.class))
                .filter(e -> !e.hasVersionAttribute())
                .map(EntityType::getName)
                .toList();
        assertThat(unversioned).isEmpty();
    }

    @Test
    void usersWhoReloadAndRetryAfterARefusalLoseNothing() throws Exception {
        long id = fixtures.organization(OrganizationType.COMPANY, "Enschede").id();
        AtomicInteger refusals = new AtomicInteger();

        runUsers(user -> {
            for (int change = 0; change < CHANGES; change++) {
                String mark = token(user, change);
                while (true) {
                    Organization org = organizations.get(id); // read
                    org.setNotes(notes(org) + mark); // modify
                    try {
                        organizations.save(org); // write
                        break;
                    } catch (OptimisticLockingFailureException refused) {
                        refusals.incrementAndGet(); // someone else saved first: reload and do it again
                    }
                }
            }
            return List.of();
        });

        List<String> marks = marks(RunAs.role(Role.OFFICER, () -> organizations.get(id)));
        assertThat(marks).hasSize(USERS * CHANGES).doesNotHaveDuplicates();
        for (int user = 0; user < USERS; user++) {
            for (int change = 0; change < CHANGES; change++) {
                assertThat(marks).contains(token(user, change).substring(1));
            }
        }
        System.out.printf(
                "lost updates: %d users x %d changes, %d saves refused and retried, all %d changes stored%n",
                USERS, CHANGES, refusals.get(), marks.size());
    }

    @Test
    void withoutRetryEverySaveIsEitherStoredOrRefusedNeverSilentlyLost() throws Exception {
        long id = fixtures.organization(OrganizationType.STARTUP, "Enschede").id();
        CyclicBarrier allHaveRead = new CyclicBarrier(USERS);
        List<Future<List<String>>> stored = runUsersAsync(user -> {
            List<String> mine = new ArrayList<>();
            for (int change = 0; change < CHANGES; change++) {
                Organization org = organizations.get(id);
                allHaveRead.await(); // every user edits the same version, as when two people open the record at once
                org.setNotes(notes(org) + token(user, change));
                try {
                    organizations.save(org);
                    mine.add(token(user, change).substring(1));
                } catch (OptimisticLockingFailureException refused) {
                    // the user is told; nothing of theirs is stored
                }
                allHaveRead.await();
            }
            return mine;
        });
        List<String> acknowledged = new ArrayList<>();
        for (Future<List<String>> f : stored) {
            acknowledged.addAll(f.get());
        }

        // per round exactly one of the users who read the same version gets through; the others are refused
        assertThat(acknowledged).hasSize(CHANGES);
        assertThat(marks(RunAs.role(Role.OFFICER, () -> organizations.get(id))))
                .containsExactlyInAnyOrderElementsOf(acknowledged);
    }

    private interface User {
        List<String> act(int user) throws Exception;
    }

    private void runUsers(User work) throws Exception {
        for (Future<List<String>> f : runUsersAsync(work)) {
            f.get();
        }
    }

    private List<Future<List<String>>> runUsersAsync(User work) {
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                int user = u;
                futures.add(pool.submit(() -> RunAs.role(Role.OFFICER, () -> {
                    try {
                        return work.act(user);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })));
            }
            return futures;
        } finally {
            pool.shutdown();
        }
    }

    private static String token(int user, int change) {
        return ";u" + user + "c" + change;
    }

    private static String notes(Organization org) {
        return org.getNotes() == null ? "" : org.getNotes();
    }

    private static List<String> marks(Organization org) {
        return Arrays.stream(notes(org).split(";")).filter(s -> !s.isEmpty()).toList();
    }
}
