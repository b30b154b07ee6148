package nl.stedenband.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.stedenband.base.BusinessRuleException;
import nl.stedenband.base.RecordNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of the app: who is signed in, their own password and second factor, and (for
 * administrators) the accounts. The rules that keep the office from locking itself out live
 * here, not in a view: an administrator cannot demote or disable themselves, and the last enabled
 * administrator stays one.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class UserService {

    private static final String ISSUER = "Stedenband";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final List<PasswordWords> installationWords;
    private final PasswordPolicy policy = PasswordPolicy.standard();

    UserService(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            Clock clock,
            LoginThrottle throttle,
            List<PasswordWords> installationWords) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.throttle = throttle;
        this.installationWords = installationWords;
    }

    /** The signed-in user's own record. */
    @Transactional(readOnly = true)
    public Optional<AppUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? Optional.empty() : users.findByUsername(auth.getName());
    }

    /** Active users, by name: for choosing an owner or assignee. */
    @Transactional(readOnly = true)
    public List<AppUser> listActiveUsers() {
        return users.findByEnabledTrueOrderByDisplayNameAsc();
    }

    /** For start-up jobs (demo data, the first administrator): the password is checked, not forced to change. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public AppUser createUser(String username, String displayName, String rawPassword, Set<Role> roles) {
        return create(username, displayName, rawPassword, roles, true);
    }

    /**
     * The demo users, whose passwords the README publishes ("admin-enschede"): only the length
     * rule applies, as those passwords are made of known words on purpose.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public AppUser createDemoUser(String username, String displayName, String rawPassword, Set<Role> roles) {
        return create(username, displayName, rawPassword, roles, false);
    }

    private AppUser create(
            String username, String displayName, String rawPassword, Set<Role> roles, boolean wholePolicy) {
        String name = username.trim();
        if (name.isEmpty()) {
            throw new BusinessRuleException("security.users.error.usernameRequired");
        }
        if (users.existsByUsername(name)) {
            throw new BusinessRuleException("security.users.error.usernameTaken", name);
        }
        if (roles.isEmpty()) {
            throw new BusinessRuleException("security.users.error.roleRequired");
        }
        if (displayName.isBlank()) {
            throw new BusinessRuleException("security.users.error.displayNameRequired");
        }
        if (wholePolicy) {
            policy.check(rawPassword, knownWords(name, displayName));
        } else {
            PasswordPolicy.checkLength(rawPassword);
        }
        return users.save(new AppUser(name, displayName.trim(), passwordEncoder.encode(rawPassword), roles));
    }

    /**
     * An administrator opens an account. Without an initial password one is generated; either way
     * the administrator knows it, so the user must choose their own at the first sign-in.
     *
     * @return the password to hand over, shown to the administrator once
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public String createAccount(
            String username, String displayName, Set<Role> roles, @Nullable String initialPassword) {
        String password =
                initialPassword == null || initialPassword.isEmpty() ? PasswordPolicy.generate() : initialPassword;
        AppUser user = createUser(username, displayName, password, roles);
        user.setPasswordChangeRequired(true);
        return password;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public long countUsers() {
        return users.count();
    }

    /** A page of the accounts, sorted in the database. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public List<UserListItem> listUsers(int offset, int limit, Sort sort) {
        int size = Math.max(limit, 1);
        Sort order = sort.isUnsorted() ? Sort.by("username") : sort.and(Sort.by("id"));
        List<AppUser> page =
                users.findAllBy(PageRequest.of(offset / size, size, order)).getContent();
        Map<String, Integer> failures =
                throttle.recentFailures(page.stream().map(AppUser::getUsername).toList(), UserListItem.RECENT_FAILURES);
        return page.stream()
                .map(user -> UserListItem.of(user, failures.getOrDefault(LoginThrottle.key(user.getUsername()), 0)))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public UserListItem getUser(long id) {
        return item(load(id));
    }

    /** Changes name and roles; refused when it would leave the office without an administrator. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public UserListItem updateUser(long id, long expectedVersion, String displayName, Set<Role> roles) {
        AppUser user = load(id);
        if (user.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AppUser.class, id);
        }
        if (displayName.isBlank()) {
            throw new BusinessRuleException("security.users.error.displayNameRequired");
        }
        if (roles.isEmpty()) {
            throw new BusinessRuleException("security.users.error.roleRequired");
        }
        if (user.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            if (isSignedIn(user)) {
                throw new BusinessRuleException("security.users.error.ownAdminRole");
            }
            requireAnotherEnabledAdministrator(user, "security.users.error.lastAdminRole");
        }
        user.setDisplayName(displayName.trim());
        user.setRoles(roles);
        users.flush();
        return item(user);
    }

    /** A disabled user cannot sign in; their records and history stay. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public UserListItem setEnabled(long id, boolean enabled) {
        AppUser user = load(id);
        if (!enabled && user.isEnabled()) {
            if (isSignedIn(user)) {
                throw new BusinessRuleException("security.users.error.disableSelf");
            }
            if (user.getRoles().contains(Role.ADMIN)) {
                requireAnotherEnabledAdministrator(user, "security.users.error.lastAdminDisabled");
            }
        }
        user.setEnabled(enabled);
        users.flush();
        return item(user);
    }

    /**
     * Sets a temporary password that the user must replace at the next sign-in, and lifts a
     * lock-out from failed sign-ins.
     *
     * @return the temporary password, shown to the administrator once
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public String resetPassword(long id) {
        AppUser user = load(id);
        String password = PasswordPolicy.generate();
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setPasswordChangeRequired(true);
        user.setLockedUntil(null);
        throttle.forgive(user.getUsername());
        return password;
    }

    /** The signed-in user replaces their password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = signedInUser();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("security.password.error.current");
        }
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("security.password.error.same");
        }
        policy.check(newPassword, knownWords(user.getUsername(), user.getDisplayName()));
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setPasswordChangeRequired(false);
    }

    /**
     * The signed-in user's language: {@code nl}, {@code en}, or null to follow the browser. Their
     * own setting, so every signed-in user may change it.
     */
    @Transactional
    public void setPreferredLanguage(@Nullable String language) {
        if (language != null && !language.equals("nl") && !language.equals("en")) {
            throw new BusinessRuleException("security.account.language.unknown", language);
        }
        signedInUser().setPreferredLanguage(language);
    }

    /** Whether the signed-in user has to choose a new password before anything else. */
    @Transactional(readOnly = true)
    public boolean isPasswordChangeRequired() {
        return currentUser().map(AppUser::isPasswordChangeRequired).orElse(false);
    }

    // --- the second factor

    /** Starts (or restarts) setting up an authenticator app; the factor is on only once confirmed. */
    @Transactional
    public TotpSetup startTotpSetup() {
        AppUser user = signedInUser();
        if (user.isTotpEnabled()) {
            throw new BusinessRuleException("security.totp.error.alreadyOn");
        }
        String secret = Totp.newSecret();
        user.setTotpSecret(secret);
        return new TotpSetup(secret, Totp.uri(ISSUER, user.getUsername(), secret));
    }

    /** The first code from the app proves it was set up right; from then on sign-in asks for one. */
    @Transactional
    public void confirmTotp(String code) {
        AppUser user = signedInUser();
        String secret = user.getTotpSecret();
        if (user.isTotpEnabled() || secret == null) {
            throw new BusinessRuleException("security.totp.error.notStarted");
        }
        OptionalLong step = Totp.verify(secret, code, clock.instant(), user.getTotpLastStep());
        if (step.isEmpty()) {
            throw new BusinessRuleException("security.totp.error.wrongCode");
        }
        user.setTotpLastStep(step.getAsLong());
        user.setTotpEnabled(true);
    }

    /** Turning the second factor off takes a code too, so a left-open session cannot do it alone. */
    @Transactional
    public void disableTotp(String code) {
        AppUser user = signedInUser();
        if (!user.isTotpEnabled()) {
            return;
        }
        if (!acceptCode(user, code)) {
            throw new BusinessRuleException("security.totp.error.wrongCodeStaysOn");
        }
        user.setTotpEnabled(false);
        user.setTotpSecret(null);
    }

    /** Checks the code asked after the password; each code works once. */
    @Transactional
    @PreAuthorize("hasAuthority('" + SecondFactor.PENDING + "')")
    public boolean verifySecondFactor(String code) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        return users.findByUsername(auth.getName())
                .filter(AppUser::isTotpEnabled)
                .map(user -> acceptCode(user, code))
                .orElse(false);
    }

    private boolean acceptCode(AppUser user, String code) {
        String secret = user.getTotpSecret();
        if (secret == null) {
            return false;
        }
        OptionalLong step = Totp.verify(secret, code, clock.instant(), user.getTotpLastStep());
        step.ifPresent(user::setTotpLastStep);
        return step.isPresent();
    }

    /** The roles of the signed-in user, granted once the second factor is given. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('" + SecondFactor.PENDING + "')")
    public Set<Role> rolesAfterSecondFactor() {
        return currentUser().filter(AppUser::isEnabled).map(AppUser::getRoles).orElse(Set.of());
    }

    /**
     * Called by the sign-in listener, not by views: a successful sign-in is the authorization.
     *
     * @return the failed sign-in attempts on the account since the previous sign-in (within the
     *     30 days that failures are kept)
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public int recordLogin(String username) {
        return users.findByUsername(username)
                .map(user -> {
                    int failures = throttle.failuresSince(user.getUsername(), user.getLastLoginAt());
                    user.setLastLoginAt(clock.instant());
                    return failures;
                })
                .orElse(0);
    }

    private UserListItem item(AppUser user) {
        return UserListItem.of(
                user,
                throttle.recentFailures(List.of(user.getUsername()), UserListItem.RECENT_FAILURES)
                        .getOrDefault(LoginThrottle.key(user.getUsername()), 0));
    }

    /**
     * Why the signed-in user may not choose this password (as {@link #changeOwnPassword} would
     * refuse it), for the form to say so beside the field while they type; empty when it is fine.
     */
    @Transactional(readOnly = true)
    public Optional<BusinessRuleException> newPasswordProblem(String newPassword) {
        AppUser user = signedInUser();
        return policy.problem(newPassword, knownWords(user.getUsername(), user.getDisplayName()));
    }

    /** The user's own words and this installation's (the cities), that no password may be made of. */
    private List<String> knownWords(String username, String displayName) {
        List<String> words = new ArrayList<>(List.of(username, displayName));
        installationWords.forEach(source -> words.addAll(source.passwordWords()));
        return words;
    }

    private AppUser load(long id) {
        return users.findById(id)
                .orElseThrow(() -> new RecordNotFoundException("security.users.record", String.valueOf(id)));
    }

    private AppUser signedInUser() {
        return currentUser().orElseThrow(() -> new BusinessRuleException("security.error.signIn"));
    }

    private static boolean isSignedIn(AppUser user) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getName()
                        .toLowerCase(Locale.ROOT)
                        .equals(user.getUsername().toLowerCase(Locale.ROOT));
    }

    /** {@code refusal}: the bundle key of what the last administrator could not do. */
    private void requireAnotherEnabledAdministrator(AppUser user, String refusal) {
        boolean anotherRemains = users.lockEnabledAdministrators().stream().anyMatch(admin -> !admin.equals(user));
        if (!anotherRemains) {
            throw new BusinessRuleException(refusal, user.getDisplayName());
        }
    }
}
