package nl.stedenband.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What services hand the screens without a language is said in the reader's. */
class PhraseTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);
    private static final String DUTCH_DAY = LocalFormats.date(Bundles.DUTCH).format(DAY);

    @Test
    void aKeyIsSaidInTheReadersLanguageWithItsWordsAndDatesToo() {
        Phrase overdue = Phrase.of("task.search.overdue", Phrase.date(DAY));

        assertThat(overdue.in(Locale.ENGLISH)).isEqualTo("Overdue, was due 3 Mar 2026");
        assertThat(overdue.in(Bundles.DUTCH)).isEqualTo("Te laat, moest klaar zijn op " + DUTCH_DAY);
        assertThat(Phrase.of("enum.missionStatus.PLANNED").in(Bundles.DUTCH)).isEqualTo("Gepland");
        assertThat(Phrase.of("base.record.notFound", Term.lower("enum.missionStatus.PLANNED"), 7)
                        .in(Locale.ENGLISH))
                .contains("planned");
    }

    @Test
    void aStoredTextIsSaidAsItIsInEveryLanguage() {
        Phrase name = Phrase.text("Stanford University {0} 'quoted'");

        assertThat(name.in(Locale.ENGLISH)).isEqualTo("Stanford University {0} 'quoted'");
        assertThat(name.in(Bundles.DUTCH)).isEqualTo("Stanford University {0} 'quoted'");
        assertThat(Phrase.date(DAY).in(Bundles.DUTCH))
                .isEqualTo(DUTCH_DAY)
                .startsWith("3 m")
                .endsWith(" 2026");
    }
}
