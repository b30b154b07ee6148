package nl.stedenband.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stedenband.activity.ActivityKind;
import nl.stedenband.audit.ChangeKind;
import nl.stedenband.city.PartnershipStatus;
import nl.stedenband.contact.GdprBasis;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.Role;
import nl.stedenband.task.TaskFilter;
import nl.stedenband.task.TaskStatus;
import org.junit.jupiter.api.Test;

/**
 * English and Dutch say the same things: both bundles hold the same keys in the same order, once
 * each and never empty, with the same placeholders; and every key the code names exists in both.
 */
class I18nBundlesTest {

    static final Path ENGLISH = Path.of("src/main/resources/vaadin-i18n/translations.properties");
    static final Path DUTCH = Path.of("src/main/resources/vaadin-i18n/translations_nl.properties");

    /** Enums whose constants users see (through {@link Texts#label}). */
    static final List<Class<? extends Enum<?>>> SHOWN_ENUMS = List.of(
            OrganizationType.class,
            GdprBasis.class,
            Role.class,
            TaskStatus.class,
            TaskFilter.Show.class,
            ActivityKind.class,
            PartnershipStatus.class,
            ChangeKind.class);

    /** A key handed to the translation calls, as a whole argument (not the start of one put together). */
    private static final Pattern TRANSLATED_KEY = Pattern.compile(
            "(?:getTranslation|Texts\\.t|Texts\\.translated)\\s*\\(\\s*(?:[\\w.()]+\\s*,\\s*)?\"([^\"]+)\"\\s*[,)]");

    private static final Pattern REFUSAL_KEY = Pattern.compile(
            "new\\s+(?:BusinessRuleException|AccessDeniedException|RecordNotFoundException)\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern REGISTER_KEYS =
            Pattern.compile("super\\s*\\(\\s*\"([^\"]+)\"\\s*,\\s*\"[^\"]*\"\\s*,\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\"");
    private static final Pattern VALIDATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)\\}\"");
    private static final Pattern TITLE_KEY =
            Pattern.compile("(?:@PageTitle\\s*\\(\\s*|@Menu\\s*\\([^)]*?title\\s*=\\s*)\"([^\"]+)\"");

    private static final Pattern INDEX = Pattern.compile("\\{(\\d+)");
    private static final Pattern NAMED = Pattern.compile("\\{([a-zA-Z]\\w*)\\}");

    @Test
    void bothLanguagesHaveTheSameKeysInTheSameOrder() {
        assertThat(List.copyOf(entries(DUTCH).keySet()))
                .containsExactlyElementsOf(entries(ENGLISH).keySet());
    }

    @Test
    void noKeyTwiceAndNoEmptyText() {
        for (Path bundle : List.of(ENGLISH, DUTCH)) {
            List<String> keys = keyLines(bundle);
            assertThat(keys).as("keys given twice in %s", bundle).doesNotHaveDuplicates();
            assertThat(entries(bundle).entrySet())
                    .as("empty texts in %s", bundle)
                    .allSatisfy(
                            e -> assertThat(e.getValue().trim()).as(e.getKey()).isNotEmpty());
        }
    }

    @Test
    void bothLanguagesFillTheSamePlaceholders() {
        Map<String, String> dutch = entries(DUTCH);
        List<String> differ = new ArrayList<>();
        entries(ENGLISH).forEach((key, english) -> {
            String nl = dutch.get(key);
            if (nl != null && !placeholders(english).equals(placeholders(nl))) {
                differ.add(key + ": " + placeholders(english) + " / " + placeholders(nl));
            }
        });
        assertThat(differ).isEmpty();
    }

    /**
     * Texts with numbered placeholders go through MessageFormat, where an apostrophe is written
     * twice; texts without are shown as written, so a doubled one would show doubled.
     */
    @Test
    void apostrophesAreWrittenTheWayTheTextIsFormatted() {
        List<String> wrong = new ArrayList<>();
        for (Path bundle : List.of(ENGLISH, DUTCH)) {
            entries(bundle).forEach((key, value) -> {
                boolean formatted = INDEX.matcher(value).find();
                if (formatted) {
                    String unquoted = value.replace("''", "");
                    if (unquoted.contains("'")) {
                        wrong.add(bundle.getFileName() + " " + key + ": write '' for an apostrophe");
                    }
                    try {
                        new MessageFormat(value, Locale.ENGLISH);
                    } catch (IllegalArgumentException e) {
                        wrong.add(bundle.getFileName() + " " + key + ": " + e.getMessage());
                    }
                } else if (value.contains("''")) {
                    wrong.add(bundle.getFileName() + " " + key + ": no placeholders, so write ' once");
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExistsInBothLanguages() {
        Set<String> english = entries(ENGLISH).keySet();
        Set<String> dutch = entries(DUTCH).keySet();
        Set<String> missing = new TreeSet<>();
        for (Path file : JavaSources.all()) {
            String code = JavaSources.withoutComments(JavaSources.read(file));
            String name = JavaSources.MAIN.relativize(file).toString();
            for (String key : referencedKeys(code)) {
                if (!english.contains(key) || !dutch.contains(key)) {
                    missing.add(name + ": " + key + (english.contains(key) ? " (not in Dutch)" : ""));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownToUsersHasANameForEachConstant() {
        Set<String> english = entries(ENGLISH).keySet();
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : SHOWN_ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (!english.contains(Texts.enumKey(constant))) {
                    missing.add(Texts.enumKey(constant));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theKeyFinderFindsTheKinds() {
        String code = """
                super("contact.list.title", "contacts", "contactId", "contact.record", new Grid<>(), binder);
                add(new H1(getTranslation("a.b")), new Span(Texts.t(locale, "c.d", 1)));
                throw new BusinessRuleException("e.f", name);
                throw new AccessDeniedException("k.l");
                String prefix = getTranslation("language." + code);
                @NotBlank(message = "{g.h}") @Size(message = "{jakarta.validation.constraints.Size.message}")
                @PageTitle("i.j")
                """;
        assertThat(referencedKeys(code))
                .containsExactlyInAnyOrder(
                        "contact.list.title", "contact.record", "a.b", "c.d", "e.f", "g.h", "i.j", "k.l");
    }

    static Set<String> referencedKeys(String code) {
        Set<String> keys = new TreeSet<>();
        for (Pattern p : List.of(TRANSLATED_KEY, REFUSAL_KEY, TITLE_KEY)) {
            Matcher m = p.matcher(code);
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        Matcher register = REGISTER_KEYS.matcher(code);
        while (register.find()) {
            keys.add(register.group(1));
            keys.add(register.group(2));
        }
        Matcher validation = VALIDATION_KEY.matcher(code);
        while (validation.find()) {
            String key = validation.group(1);
            // Bean Validation's and Hibernate Validator's own messages come in their own bundles
            if (!key.startsWith("jakarta.") && !key.startsWith("org.hibernate.")) {
                keys.add(key);
            }
        }
        // titles and keys handed on as they are (feature views not yet translated) are left to HardCodedTextTest
        keys.removeIf(k -> !k.contains(".") || k.contains(" "));
        return keys;
    }

    static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher index = INDEX.matcher(value);
        while (index.find()) {
            found.add(index.group(1));
        }
        Matcher named = NAMED.matcher(value);
        while (named.find()) {
            found.add(named.group(1));
        }
        return found;
    }

    /** The entries in file order, as java.util.Properties reads them. */
    static Map<String, String> entries(Path bundle) {
        java.util.Properties properties = new java.util.Properties() {
            private final Map<Object, Object> ordered = new LinkedHashMap<>();

            @Override
            public synchronized Object put(Object key, Object value) {
                ordered.put(key, value);
                return super.put(key, value);
            }

            @Override
            public Set<Map.Entry<Object, Object>> entrySet() {
                return ordered.entrySet();
            }
        };
        try (var reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> result = new LinkedHashMap<>();
        properties.entrySet().forEach(e -> result.put((String) e.getKey(), (String) e.getValue()));
        return result;
    }

    /** The keys as written, line by line, so that a key given twice shows. */
    static List<String> keyLines(Path bundle) {
        try {
            return Files.readAllLines(bundle, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!"))
                    .map(line -> line.split("[=:]", 2)[0].strip())
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
