package nl.stedenband.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.stedenband.StedenbandTest;
import nl.stedenband.security.Access;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

/**
 * Every public method of every public service × every role: method security lets the call through
 * ("yes") or refuses it ("no"), as the table below says — written from docs/domain.md's roles, not read
 * from the annotations. A public service method without {@code @PreAuthorize} (on it or its class)
 * fails, and so does a writing method (a read-write transaction, or roles of its own) without a
 * row. Calls use empty arguments: method security decides before the body runs, and whatever the
 * body then does with them (not found, a null) counts as let through.
 */
@StedenbandTest
class ServiceAccessMatrixTest {

    /**
     * PASSWORD_ONLY: a user with an authenticator app who has given the password but not yet the
     * code. They hold no role, and nothing but the second-factor step itself lets them through.
     */
    private static final List<String> COLUMNS =
            List.of("ADMIN", "OFFICER", "COORDINATOR", "VIEWER", "ANONYMOUS", "PASSWORD_ONLY");

    /** What every method without a row gets: anyone signed in. */
    private static final String READ = "yes yes yes yes no no";

    /** Service.method(parameter types) → per column (ADMIN OFFICER COORDINATOR VIEWER ANONYMOUS PASSWORD_ONLY). */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        //   method                                                                           ADMIN OFFIC COORD VIEW
        // ANON PWD
        // users, roles, cities, partnerships: administrators write
        row("CityService.save(City)", "yes  no    no    no   no  no");
        row("CityService.delete(long)", "yes  no    no    no   no  no");
        row("CityService.save(Partnership)", "yes  no    no    no   no  no");
        row("CityService.deletePartnership(long)", "yes  no    no    no   no  no");
        row("UserService.createUser(String,String,String,Set)", "yes  no    no    no   no  no");
        row("UserService.createDemoUser(String,String,String,Set)", "yes  no    no    no   no  no");
        row("UserService.countUsers()", "yes  no    no    no   no  no");
        // a successful sign-in is its own authorization, the password step's too
        row("UserService.recordLogin(String)", "yes  yes   yes   yes  yes  yes");
        // organizations and contacts: coordinators too (for their kinds of record, checked by record)
        row("OrganizationService.save(Organization)", "yes  yes   yes   no   no  no");
        row("OrganizationService.delete(long)", "yes  yes   yes   no   no  no");
        row("ContactService.save(Contact)", "yes  yes   yes   no   no  no");
        row("ContactService.delete(long)", "yes  yes   yes   no   no  no");
        // personal-data erasure: administrators and officers
        // timelines: whoever writes records adds to them (checked per record)
        row("ActivityService.add(SubjectRef,ActivityKind,LocalDate,String,String)", "yes  yes   yes   no   no  no");
        // videoconferences: coordinators write
        row("MeetingService.save(Videoconference)", "yes  yes   yes   no   no  no");
        row("MeetingService.changeStatus(long,long,MeetingStatus)", "yes  yes   yes   no   no  no");
        row("MeetingService.delete(long)", "yes  yes   yes   no   no  no");
        // trade missions: officers write; coordinators add and remove participants of their own organizations
        row("MissionService.save(TradeMission)", "yes  yes   no    no   no  no");
        row("MissionService.changeStatus(long,long,MissionStatus)", "yes  yes   no    no   no  no");
        row("MissionService.changeStatusEarly(long,long,MissionStatus,String)", "yes  no    no    no   no  no");
        row("MissionService.stepBack(long,long,String)", "yes  yes   no    no   no  no");
        row("MissionService.reopen(long,long,String)", "yes  no    no    no   no  no");
        row("MissionService.delete(long)", "yes  yes   no    no   no  no");
        row(
                "MissionService.addItineraryItem(long,LocalDateTime,int,String,String,Organization)",
                "yes  yes   no    no   no  no");
        row(
                "MissionService.updateItineraryItem(long,long,LocalDateTime,int,String,String,Organization)",
                "yes  yes   no    no   no  no");
        row("MissionService.removeItineraryItem(long)", "yes  yes   no    no   no  no");
        row("MissionService.addOutcome(long,OutcomeKind,Organization,String)", "yes  yes   no    no   no  no");
        row("MissionService.addParticipant(long,Organization,Contact,ParticipantRole)", "yes  yes   yes   no   no  no");
        row("MissionService.removeParticipant(long)", "yes  yes   yes   no   no  no");
        // exchanges and mobilities: officers write
        row("ExchangeService.save(ExchangeProgramme)", "yes  yes   no    no   no  no");
        row(
                "ExchangeService.nominate(long,Contact,Direction,LocalDate,LocalDate,Organization)",
                "yes  yes   no    no   no  no");
        row("ExchangeService.recordGuardianConsent(long)", "yes  yes   no    no   no  no");
        row("ExchangeService.changeStatus(long,long,MobilityStatus)", "yes  yes   no    no   no  no");
        row("ExchangeService.anonymisePastParticipants(long)", "yes  yes   no    no   no  no");
        // audit history: administrators and officers read; whether one may is open to all signed in
        row("UserService.createAccount(String,String,Set,String)", "yes  no    no    no   no  no");
        row("UserService.listUsers(int,int,Sort)", "yes  no    no    no   no  no");
        row("UserService.getUser(long)", "yes  no    no    no   no  no");
        row("UserService.updateUser(long,long,String,Set)", "yes  no    no    no   no  no");
        row("UserService.setEnabled(long,boolean)", "yes  no    no    no   no  no");
        row("UserService.resetPassword(long)", "yes  no    no    no   no  no");
        row("UserService.changeOwnPassword(String,String)", "yes  yes   yes   yes  no  no");
        row("UserService.setPreferredLanguage(String)", "yes  yes   yes   yes  no  no");
        row("UserService.startTotpSetup()", "yes  yes   yes   yes  no  no");
        row("UserService.confirmTotp(String)", "yes  yes   yes   yes  no  no");
        row("UserService.disableTotp(String)", "yes  yes   yes   yes  no  no");
        row("UserService.verifySecondFactor(String)", "no   no    no    no   no  yes");
        row("UserService.rolesAfterSecondFactor()", "no   no    no    no   no  yes");
        row("TaskListService.all(TaskStatus,int,int)", "yes  no    no    no   no  no");
        row("TaskListService.countAll(TaskStatus)", "yes  no    no    no   no  no");
        row("TaskService.create(String,String,LocalDate,AppUser,String,Long)", "yes  yes   yes   yes  no  no");
        row("TaskService.save(Task)", "yes  yes   yes   yes  no  no");
        row("TaskService.complete(long)", "yes  yes   yes   yes  no  no");
        row("TaskService.reopen(long)", "yes  yes   yes   yes  no  no");
        row("TaskService.delete(long)", "yes  yes   yes   yes  no  no");
        row("FollowUpService.createFollowUpTasks(String,long,String)", "yes  yes   yes   no   no  no");
        row("FollowUpService.createFollowUpTask(String,long,TaskTitle,String)", "yes  yes   yes   no   no  no");
        row("OpportunityService.save(Opportunity)", "yes  no    yes   no   no  no");
        row("OpportunityService.changeStage(long,long,OpportunityStage)", "yes  no    yes   no   no  no");
        row("OpportunityService.changeStage(long,long,OpportunityStage,String)", "yes  no    yes   no   no  no");
        row("OpportunityService.delete(long)", "yes  no    yes   no   no  no");

        row("AuditService.history(String,long)", "yes  yes   no    no   no  no");
        row("AuditService.recent(AuditFilter,ZoneId,int,int)", "yes  yes   no    no   no  no");
        row("AuditService.count(AuditFilter,ZoneId)", "yes  yes   no    no   no  no");
        row("AuditService.users()", "yes  yes   no    no   no  no");
        row("AuditService.types()", "yes  yes   no    no   no  no");
        // CSV import: whoever creates organizations and contacts (coordinators only their kinds, checked per row)
        row("ImportService.preview(Path)", "yes  yes   yes   no   no  no");
        row("ImportService.preview(Path,CsvLayout)", "yes  yes   yes   no   no  no");
        row("ImportService.guessMapping(List,ImportKind)", "yes  yes   yes   no   no  no");
        row("ImportService.check(Path,ImportPlan,ImportProgress)", "yes  yes   yes   no   no  no");
        row("ImportService.importRows(Path,ImportPlan,ImportMode,ImportProgress)", "yes  yes   yes   no   no  no");
        row(
                "ImportService.writeRejectedRows(Path,ImportPlan,String,Function,OutputStream)",
                "yes  yes   yes   no   no  no");

        // personal-data requests (GDPR): administrators and officers; asking whether one may is open to all signed in
        row("PrivacyService.mayHandle()", "yes  yes   yes   yes  no  no");
        row("PrivacyService.exportPersonalData(long)", "yes  yes   no    no   no  no");
        row("PrivacyService.erase(long,String)", "yes  yes   no    no   no  no");
        // retention (storage limitation): administrators only, the preview as much as the run
        row("RetentionService.rules()", "yes  no    no    no   no  no");
        row("RetentionService.countDue()", "yes  no    no    no   no  no");
        row("RetentionService.preview(int,int)", "yes  no    no    no   no  no");
        row("RetentionService.nextRun()", "yes  no    no    no   no  no");
        row("RetentionService.run(List)", "yes  no    no    no   no  no");
    }

    @Autowired
    ApplicationContext context;

    @Test
    void everyPublicServiceMethodDeclaresWhoMayCallIt() throws ClassNotFoundException {
        List<String> undeclared = new ArrayList<>();
        for (Class<?> service : services()) {
            for (Method m : publicMethods(service)) {
                if (!m.isAnnotationPresent(PreAuthorize.class) && !service.isAnnotationPresent(PreAuthorize.class)) {
                    undeclared.add(key(m));
                }
            }
        }
        assertThat(undeclared)
                .as("public service methods without @PreAuthorize on them or their class")
                .isEmpty();
    }

    @Test
    void everyWritingMethodHasARowAndEveryRowAMethod() throws ClassNotFoundException {
        List<String> all = new ArrayList<>();
        List<String> writingWithoutRow = new ArrayList<>();
        for (Class<?> service : services()) {
            for (Method m : publicMethods(service)) {
                all.add(key(m));
                if (writes(m) && !EXPECTED.containsKey(key(m))) {
                    writingWithoutRow.add(key(m));
                }
            }
        }
        assertThat(writingWithoutRow)
                .as("writing service methods without a row in ServiceAccessMatrixTest.EXPECTED")
                .isEmpty();
        assertThat(EXPECTED.keySet())
                .as("rows for methods that no longer exist")
                .isSubsetOf(all);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ADMIN", "OFFICER", "COORDINATOR", "VIEWER", "ANONYMOUS", "PASSWORD_ONLY"})
    void everyServiceMethodLetsThroughOrRefusesAsTheRolesTableSays(String column) throws ClassNotFoundException {
        int index = COLUMNS.indexOf(column);
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Class<?> service : services()) {
            Object bean = context.getBean(service);
            for (Method m : publicMethods(service)) {
                String expected = EXPECTED.getOrDefault(key(m), READ).trim().split("\\s+")[index];
                String actual = as(column, () -> call(bean, m));
                calls++;
                if (!expected.equals(actual)) {
                    wrong.add(key(m) + ": expected " + expected + ", was " + actual);
                }
            }
        }
        assertThat(calls).isGreaterThan(80);
        assertThat(wrong).as(column + " calling these").isEmpty();
    }

    /** "yes" when method security let the call through (whatever the body did then), "no" when it refused. */
    private static String call(Object bean, Method m) {
        try {
            m.invoke(
                    bean,
                    Arrays.stream(m.getParameterTypes())
                            .map(ServiceAccessMatrixTest::emptyValue)
                            .toArray());
            return "yes";
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return cause instanceof AuthorizationDeniedException
                            || cause instanceof AuthenticationCredentialsNotFoundException
                    ? "no"
                    : "yes";
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object emptyValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == String.class) {
            return "";
        }
        if (type == List.class || type == Collection.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        return null;
    }

    private static boolean writes(Method m) {
        Transactional tx = m.getAnnotation(Transactional.class);
        PreAuthorize own = m.getAnnotation(PreAuthorize.class);
        return (tx != null && !tx.readOnly()) || (own != null && !own.value().equals(Access.SIGNED_IN));
    }

    private static String as(String column, Supplier<String> work) {
        if (column.equals("PASSWORD_ONLY")) {
            return RunAs.passwordOnly("admin", work);
        }
        if (!column.equals("ANONYMOUS")) {
            return RunAs.role(Role.valueOf(column), work);
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static String key(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + "("
                + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }

    private static List<Method> publicMethods(Class<?> service) {
        return Arrays.stream(service.getDeclaredMethods())
                .filter(m ->
                        Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !Modifier.isStatic(m.getModifiers()))
                .sorted(Comparator.comparing(ServiceAccessMatrixTest::key))
                .toList();
    }

    /** The public services: a feature's API to views and other features (package-private ones are internal). */
    static List<Class<?>> services() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<Class<?>> services = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("nl.stedenband")) {
            Class<?> type =
                    ClassUtils.forName(candidate.getBeanClassName(), ServiceAccessMatrixTest.class.getClassLoader());
            if (Modifier.isPublic(type.getModifiers())) {
                services.add(type);
            }
        }
        services.sort(Comparator.comparing(Class::getSimpleName));
        return services;
    }

    private static void row(String method, String outcomes) {
        EXPECTED.put(method, outcomes);
    }
}
