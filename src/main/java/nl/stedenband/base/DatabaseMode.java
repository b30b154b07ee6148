package nl.stedenband.base;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Whether the app runs on the embedded MariaDB it started itself (a newcomer's first run) or on a
 * server named by {@code spring.datasource.url}. Demo data loads by default only on the former.
 */
public enum DatabaseMode {
    EMBEDDED,
    EXTERNAL;

    public static DatabaseMode of(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url")) ? EXTERNAL : EMBEDDED;
    }
}
