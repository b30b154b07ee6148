package nl.stedenband.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DatabaseModeTest {

    @Test
    void withoutADatasourceUrlTheAppRunsOnItsEmbeddedDatabase() {
        assertThat(DatabaseMode.of(new MockEnvironment())).isEqualTo(DatabaseMode.EMBEDDED);
        assertThat(DatabaseMode.of(new MockEnvironment().withProperty("spring.datasource.url", " ")))
                .isEqualTo(DatabaseMode.EMBEDDED);
    }

    @Test
    void aConfiguredDatasourceUrlMeansAnExternalServer() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.example:3306/stedenband");
        assertThat(DatabaseMode.of(env)).isEqualTo(DatabaseMode.EXTERNAL);
    }
}
