package nl.stedenband.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A hand-edited link reaches the views' filters only within bounds. */
class QueryBoundsTest {

    @Test
    void aLongSearchWordManyValuesAndManyParametersAreCut() {
        Map<String, List<String>> wild = new HashMap<>();
        wild.put("q", List.of("x".repeat(5_000)));
        wild.put("tag", java.util.Collections.nCopies(1_000, "t"));
        for (int i = 0; i < 100; i++) {
            wild.put("p" + i, List.of("v"));
        }

        Map<String, List<String>> kept =
                QueryBounds.bounded(new QueryParameters(wild)).getParameters();

        assertThat(kept).hasSizeLessThanOrEqualTo(QueryBounds.MAX_PARAMETERS);
        kept.values().forEach(values -> {
            assertThat(values).hasSizeLessThanOrEqualTo(QueryBounds.MAX_VALUES);
            values.forEach(v -> assertThat(v).hasSizeLessThanOrEqualTo(QueryBounds.MAX_LENGTH));
        });
    }

    @Test
    void anIdListInOneParameterKeepsItsFirstTwentyIds() {
        String ids = String.join(
                ",",
                java.util.stream.IntStream.range(0, 10_000)
                        .mapToObj(String::valueOf)
                        .toList());

        assertThat(QueryBounds.list(ids)).hasSize(20).startsWith("0", "1").endsWith("19");
        assertThat(QueryBounds.list("3,4")).containsExactly("3", "4");
    }

    @Test
    void ordinaryFiltersPassUnchanged() {
        QueryParameters query = QueryParameters.simple(Map.of("q", "jansen", "city", "2"));

        assertThat(QueryBounds.bounded(query).getParameters()).isEqualTo(query.getParameters());
    }
}
