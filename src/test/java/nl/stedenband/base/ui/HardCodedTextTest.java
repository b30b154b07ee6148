package nl.stedenband.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No screen says something in one language only: every text a view gives a component (labels,
 * buttons, headings, column headers, placeholders, tooltips, messages, page and menu titles) is a
 * key of the bundles, not an English literal. Reads the sources of every {@code ui} package, of
 * {@code base.ui} and of the shell; names each offending literal by file and line.
 *
 * <p>The code behind the screens (services, entities, events, listeners, jobs, base) is read by
 * rules of its own ({@link #storedOrThrownTexts}): it may not give a refusal that reaches a user
 * words instead of a key, nor write words of a language into data that is shown (timeline lines,
 * titles, names, notes), nor keep such words in constants or return them. Logs, SQL, property
 * names, ids and formats stay allowed, each by a narrow rule with its reason.
 */
class HardCodedTextTest {

    /** Strings that are no language: formats, zones, schemes, separators with a word-like look. */
    static final Set<String> NOT_LANGUAGE = Set.of("HH:mm", "UTC", "https://", "http://", "Ctrl+K");

    /** Calls whose arguments are shown to the user. */
    private static final Pattern TEXT_CALL = Pattern.compile(
            "(?:\\.(?:setText|setLabel|setPlaceholder|setHelperText"
                    + "|setHeader|setHeaderTitle|setTitle|setAriaLabel|setTooltipText|withText|setEmptyStateText|setErrorMessage"
                    + "|setConfirmText|setCancelText|setRejectText|setSummaryText|setItemLabelGenerator|setSubmit|setUsername"
                    + "|setPassword|setMessage|setDescription)"
                    + "|\\bNotification\\.show|\\bNotifications\\.(?:success|error)|\\bDialogs\\.confirmDelete|\\bshowCount)\\s*\\(");

    /** Components whose constructor takes the text they show. */
    private static final Pattern TEXT_CONSTRUCTOR = Pattern.compile("\\bnew\\s+(Button|Span|H1|H2|H3|H4|H5|H6|Paragraph"
            + "|Anchor|Notification|NativeLabel|TextField|TextArea|PasswordField|EmailField|IntegerField|NumberField"
            + "|BigDecimalField|ComboBox|MultiSelectComboBox|Select|DatePicker|TimePicker|DateTimePicker|Checkbox"
            + "|CheckboxGroup|RadioButtonGroup|Details|Tab|SideNavItem|Strong|Emphasis|ListItem|BarChart|BarChart\\.Series"
            + "|Upload|Html)\\s*(?:<[^>()]*>)?\\s*\\(");

    /** Attributes a screen reader or a mouse pointer reads out. */
    private static final Pattern TEXT_ATTRIBUTE =
            Pattern.compile("\\.setAttribute\\s*\\(\\s*\"(?:aria-label|title|placeholder|alt)\"\\s*,");

    /**
     * Static markup ({@link StaticHtml}): the text of {@code .text(…)}, the third argument of
     * {@code .element(tag, classes, text)}, and the value of an attribute that is read out.
     */
    private static final Pattern MARKUP_CALL = Pattern.compile("\\.(text|element|attribute)\\s*\\(");

    private static final Pattern READ_OUT_ATTRIBUTE =
            Pattern.compile("\\(\\s*\"(?:aria-label|title|placeholder|alt)\"\\s*,");

    private static final Pattern PAGE_TITLE = Pattern.compile("@PageTitle\\s*\\(");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\s*\\([^)]*?title\\s*=\\s*");

    /** Calls inside a text's expression whose own arguments are not shown (routes, styles, ids). */
    private static final Set<String> NOT_TEXT_CALLS = Set.of(
            "navigate",
            "addClassName",
            "addClassNames",
            "setId",
            "setKey",
            "setSortProperty",
            "executeJs",
            "forwardTo",
            "setLocation",
            "equals",
            "startsWith",
            "contains");

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private final ResourceBundle bundle = Texts.bundle(Locale.ENGLISH);

    @Test
    void noViewHasHardCodedText() {
        List<String> found = new ArrayList<>();
        for (Path file : JavaSources.all()) {
            if (isScreenCode(file)) {
                found.addAll(hardCodedTexts(file));
            }
        }
        assertThat(found)
                .as("texts on screen that are not bundle keys (use getTranslation/Texts.t with a key "
                        + "in vaadin-i18n/translations*.properties)")
                .isEmpty();
    }

    @Test
    void noCodeBehindTheScreensWritesOrThrowsWordsOfALanguage() {
        List<String> found = new ArrayList<>();
        for (Path file : JavaSources.all()) {
            if (!isScreenCode(file)) {
                found.addAll(storedOrThrownTexts(file));
            }
        }
        assertThat(found)
                .as("texts that services, entities, events or jobs store or throw in one language (store a "
                        + "bundle key with its arguments, as TaskTitle and the timeline do; refuse with a key)")
                .isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        String code = """
                class X {
                    Button b = new Button("Save");
                    void f() {
                        grid.addColumn(Row::name).setHeader("Name").setKey("name");
                        field.setPlaceholder(getTranslation("base.action.save"));
                        link.getElement().setAttribute("aria-label", "Open the record");
                        new Anchor("contacts", getTranslation("base.action.close"));
                        clock.setText("HH:mm");
                        new Paragraph(new Anchor("tasks", "All my tasks"));
                        new Button(getTranslation("base.action.save"), e -> UI.getCurrent().navigate("meetings/new",
                                QueryParameters.simple(Map.of("start", "now"))));
                    }
                }
                """;
        assertThat(hardCodedTexts("X.java", code))
                .containsExactly(
                        "X.java:2: \"Save\"",
                        "X.java:4: \"Name\"",
                        "X.java:6: \"Open the record\"",
                        "X.java:9: \"All my tasks\"");

        String service = """
                class TaskService {
                    private static final String DONE_PREFIX = "Task done: ";
                    private static final String FROM = " from Task t join t.assignee a where t.id = :id";
                    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
                    void f(Task t) {
                        log.info("Task {} was done by {}", t.getId(), me);
                        throw new BusinessRuleException("task.error.alreadyDone", t.getTitle());
                    }
                    void g(long id) {
                        throw new RecordNotFoundException("Contact", id);
                    }
                    void h(Contact c) {
                        c.setLastName("Anonymised contact #" + c.getId());
                        em.createNativeQuery("UPDATE activity_aud SET summary = :removed").setParameter("removed", "Removed: erased");
                        events.publishEvent(TimelineEvent.said("TASK", 1, Kind.TASK, "Done in time", "timeline.taskDone", "x"));
                        throw new IllegalStateException("The embedded database did not start");
                    }
                    static String label(long id) {
                        return "Anonymised participant #" + id;
                    }
                }
                """;
        assertThat(storedOrThrownTexts("task/TaskService.java", service))
                .containsExactly(
                        "task/TaskService.java:2: \"Task done: \"", "task/TaskService.java:10: \"Contact\"",
                        "task/TaskService.java:13: \"Anonymised contact #\"",
                                "task/TaskService.java:14: \"Removed: erased\"",
                        "task/TaskService.java:15: \"Done in time\"",
                                "task/TaskService.java:19: \"Anonymised participant #\"");
    }

    @Test
    void theCheckReadsStaticMarkupToo() {
        String code = """
                class X {
                    void f(StaticHtml html) {
                        html.element("span", "timeline-cell", "Working hours").element("li", "", getTranslation("base.action.save"));
                        html.start("span").attribute("class", "best-slot").attribute("title", "Best time").endOpen();
                        html.text("Nothing planned").close("span");
                    }
                }
                """;
        assertThat(hardCodedTexts("X.java", code))
                .containsExactly(
                        "X.java:3: \"Working hours\"", "X.java:4: \"Best time\"", "X.java:5: \"Nothing planned\"");
    }

    // --- the code behind the screens

    /** Refusals a screen shows through {@code Texts.message}: their text must be a key. */
    private static final Pattern USER_EXCEPTION =
            Pattern.compile("\\bnew\\s+(?:BusinessRuleException|RecordNotFoundException|AccessDeniedException)\\s*\\(");

    /**
     * Where code writes into data that screens show: a setter of an entity, a timeline line, a
     * parameter of a native update, the reason of an erasure.
     */
    private static final Pattern STORED_TEXT =
            Pattern.compile("(?:\\.set[A-Z]\\w*|\\bTimelineEvent\\.said|\\bnew\\s+TimelineEvent"
                    + "|\\bactivities\\.add|\\.setParameter|\\.erase|\\bnew\\s+PersonalDataRequest)\\s*\\(");

    /** A text kept in a constant, or returned: read up to the end of the statement. */
    private static final Pattern CONSTANT_OR_RETURN =
            Pattern.compile("(?:\\bstatic\\s+final\\s+String\\s+\\w+\\s*=|\\breturn\\b)");

    /**
     * Allowed, each for its reason. Logs, {@code IllegalArgumentException}/{@code IllegalStateException}
     * (a fault of the code or the configuration: the error page says its own words and the log
     * keeps these), {@code OptimisticLockingFailureException} (screens say "changed meanwhile" from
     * the bundles) and {@code DataAccessResourceFailureException} ("database unavailable") are not
     * read at all: none of the rules above looks inside them.
     */
    private static final List<Allowed> ALLOWED = List.of(
            new Allowed(
                    "demo/",
                    "",
                    "demo records are sample data as officers would type them, in the language they typed"),
            new Allowed(
                    "imports/",
                    "",
                    "the words a CSV file's headings and values are recognised by, in English and Dutch;"
                            + " read from files, never shown"),
            new Allowed("security/CityPasswordWords.java", "", "words a password may not be made of"),
            new Allowed("security/PasswordWords.java", "", "words a password may not be made of"),
            new Allowed(
                    "mission/MissionService.java",
                    "-//Stedenband//Trade missions//EN",
                    "the iCalendar product id, not shown"));

    /** A file (or folder) and a literal that may stay there ("" for all of the file's), and why. */
    record Allowed(String path, String literal, String reason) {

        boolean covers(String name, String value) {
            return name.startsWith(path) && (literal.isEmpty() || literal.equals(value));
        }
    }

    private static final Pattern PROSE =
            Pattern.compile("\\p{L}{2,}[\\p{L}'’]*(?:[ ,;]+|: |:$| #)\\p{L}{2,}|\\p{L}{2,}(?::\\s?| #)$");

    /** SQL and JPQL: a statement's words, table aliases and parameters, which no reader sees. */
    private static final Pattern SQL =
            Pattern.compile("(?i)\\b(?:select|where|join|order\\s+by|group\\s+by|update|insert|delete"
                    + "|union|against|limit|returning|escape|create|alter|grant|drop|lock\\s+tables|identified\\s+by|is\\s+null)\\b"
                    + "|:\\w+|\\b[a-z]{1,3}\\.[a-z_]+\\b");

    /** A date-time pattern, quoted parts included ("yyyy-MM-dd HH:mm 'UTC'"). */
    private static final Pattern DATE_FORMAT =
            Pattern.compile("(?:[GyYuQqMLwWdDFEeaBhKkHmsSnNAVzOXxZ]+|'[^']*'|[\\s.,:/\\-])+");

    List<String> storedOrThrownTexts(Path file) {
        return storedOrThrownTexts(
                JavaSources.MAIN
                        .resolve("nl/stedenband")
                        .relativize(file)
                        .toString()
                        .replace('\\', '/'),
                JavaSources.read(file));
    }

    List<String> storedOrThrownTexts(String name, String source) {
        String code = JavaSources.withoutComments(source);
        List<String> found = new ArrayList<>();
        Matcher thrown = USER_EXCEPTION.matcher(code);
        while (thrown.find()) {
            int open = thrown.end() - 1;
            for (JavaSources.Literal literal :
                    JavaSources.literals(code, open, JavaSources.closingParenthesis(code, open))) {
                if (isLanguage(literal.value())) {
                    report(name, code, literal, found);
                }
            }
        }
        Matcher stored = STORED_TEXT.matcher(code);
        while (stored.find()) {
            int open = stored.end() - 1;
            proseIn(name, code, open, JavaSources.closingParenthesis(code, open), found);
        }
        Matcher kept = CONSTANT_OR_RETURN.matcher(code);
        while (kept.find()) {
            int end = code.indexOf(';', kept.end());
            proseIn(name, code, kept.end(), end < 0 ? code.length() : end, found);
        }
        return found.stream()
                .distinct()
                .sorted((a, b) -> Integer.compare(lineOf(a), lineOf(b)))
                .toList();
    }

    private void proseIn(String name, String code, int from, int to, List<String> found) {
        for (JavaSources.Literal literal : JavaSources.literals(code, from, to)) {
            String value = literal.value();
            if (PROSE.matcher(value).find()
                    && isLanguage(value)
                    && !SQL.matcher(value).find()
                    && !DATE_FORMAT.matcher(value).matches()) {
                report(name, code, literal, found);
            }
        }
    }

    private static void report(String name, String code, JavaSources.Literal literal, List<String> found) {
        if (ALLOWED.stream().noneMatch(a -> a.covers(name, literal.value()))) {
            found.add(name + ":" + JavaSources.line(code, literal.start()) + ": \"" + literal.value() + "\"");
        }
    }

    static boolean isScreenCode(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.contains("/ui/") || path.contains("/nl/stedenband/shell/");
    }

    List<String> hardCodedTexts(Path file) {
        return hardCodedTexts(JavaSources.MAIN.relativize(file).toString().replace('\\', '/'), JavaSources.read(file));
    }

    List<String> hardCodedTexts(String name, String source) {
        String code = JavaSources.withoutComments(source);
        List<String> found = new ArrayList<>();
        for (Pattern call : List.of(TEXT_CALL, TEXT_ATTRIBUTE, PAGE_TITLE)) {
            Matcher m = call.matcher(code);
            while (m.find()) {
                int open = code.lastIndexOf('(', m.end() - 1);
                int from = call == TEXT_ATTRIBUTE ? m.end() : open;
                check(name, code, from, JavaSources.closingParenthesis(code, open), found);
            }
        }
        Matcher constructor = TEXT_CONSTRUCTOR.matcher(code);
        while (constructor.find()) {
            int open = constructor.end() - 1;
            int close = JavaSources.closingParenthesis(code, open);
            int from = open;
            if (constructor.group(1).equals("Anchor")) {
                // the first argument is the address
                from = topLevelComma(code, open, close);
            }
            if (constructor.group(1).equals("SideNavItem")) {
                // label, then the path
                int comma = topLevelComma(code, open, close);
                close = comma > open ? comma : close;
            }
            check(name, code, from, close, found);
        }
        Matcher markup = MARKUP_CALL.matcher(code);
        while (markup.find()) {
            int open = markup.end() - 1;
            int close = JavaSources.closingParenthesis(code, open);
            int from = open;
            if (markup.group(1).equals("element")) {
                from = topLevelComma(code, topLevelComma(code, open, close), close);
            } else if (markup.group(1).equals("attribute")) {
                if (!READ_OUT_ATTRIBUTE.matcher(code).region(open, close).lookingAt()) {
                    continue;
                }
                from = topLevelComma(code, open, close);
            }
            check(name, code, from, close, found);
        }
        Matcher menu = MENU_TITLE.matcher(code);
        while (menu.find()) {
            check(name, code, menu.end(), Math.min(code.length(), code.indexOf(')', menu.end()) + 1), found);
        }
        return found.stream()
                .distinct()
                .sorted((a, b) -> Integer.compare(lineOf(a), lineOf(b)))
                .toList();
    }

    private void check(String name, String code, int from, int to, List<String> found) {
        for (JavaSources.Literal literal : JavaSources.literals(code, from, to)) {
            if (isLanguage(literal.value()) && !isInsideNonTextCall(code, from, literal.start())) {
                found.add(name + ":" + JavaSources.line(code, literal.start()) + ": \"" + literal.value() + "\"");
            }
        }
    }

    /**
     * Whether the literal, though inside a text's expression, is an argument of a call that shows
     * nothing (a route to navigate to, a style) or the address of a link.
     */
    private static boolean isInsideNonTextCall(String code, int from, int literal) {
        int depth = 0;
        for (int i = literal - 1; i > from; i--) {
            char c = code.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && depth-- == 0) {
                depth = 0;
                String call = identifierBefore(code, i);
                if (NOT_TEXT_CALLS.contains(call)) {
                    return true;
                }
                if (call.equals("Anchor")
                        && literal < topLevelComma(code, i, JavaSources.closingParenthesis(code, i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String identifierBefore(String code, int open) {
        int end = open;
        while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
            start--;
        }
        return code.substring(start, end);
    }

    private boolean isLanguage(String literal) {
        return WORD.matcher(literal).find()
                && !bundle.containsKey(literal)
                && !isKeyPrefix(literal)
                && !NOT_LANGUAGE.contains(literal)
                && !literal.startsWith("vaadin:");
    }

    /** The start of a key put together in code, e.g. {@code "language." + code}. */
    private boolean isKeyPrefix(String literal) {
        return literal.endsWith(".") && bundle.keySet().stream().anyMatch(key -> key.startsWith(literal));
    }

    private static int topLevelComma(String code, int open, int close) {
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            char c = code.charAt(i);
            if (c == '"') {
                i = code.indexOf('"', i + 1);
            } else if (c == '(' || c == '<' || c == '{') {
                depth++;
            } else if (c == ')' || c == '>' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return close;
    }

    private static int lineOf(String entry) {
        String[] parts = entry.split(":", 3);
        return Integer.parseInt(parts[1]);
    }
}
