package nl.stedenband.demo;

import java.util.Map;

/** Looks up the records the demo data names: a missing one means the demo data itself is broken. */
final class DemoNames {

    private DemoNames() {}

    static <T> T named(Map<String, T> byName, String name) {
        T found = byName.get(name);
        if (found == null) {
            throw new IllegalStateException("The demo data has no record named " + name);
        }
        return found;
    }
}
