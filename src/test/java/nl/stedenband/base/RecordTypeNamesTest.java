package nl.stedenband.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.stedenband.StedenbandTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Record links carry only their kind's type; the screens say it from the bundles. A new kind of
 * record without its name there would show as "MOBILITY" in the search and the task list.
 */
@StedenbandTest
class RecordTypeNamesTest {

    @Autowired
    List<RecordCatalog> catalogs;

    @Test
    void everyKindOfRecordHasANameInTheBundles() {
        assertThat(catalogs).hasSizeGreaterThanOrEqualTo(8);
        assertThat(catalogs)
                .allSatisfy(c -> assertThat(Bundles.isKey(RecordDirectory.TYPE_KEY + c.type()))
                        .as(RecordDirectory.TYPE_KEY + c.type())
                        .isTrue());
    }
}
