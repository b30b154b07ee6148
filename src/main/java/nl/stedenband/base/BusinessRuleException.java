package nl.stedenband.base;

import java.util.Arrays;

/**
 * A rule of the office refused the action. The message is a key of the translation bundles
 * ({@code vaadin-i18n/translations*.properties}) and the arguments fill its placeholders, so the
 * screen can say it in the user's language; services know no locale.
 */
public class BusinessRuleException extends RuntimeException {

    private final transient Object[] args;

    public BusinessRuleException(String key, Object... args) {
        super(key);
        this.args = args.clone();
    }

    /** The bundle key of the message. */
    public String key() {
        return String.valueOf(getMessage());
    }

    /** The values for the message's placeholders ({0}, {1}, …). */
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + ": " + key() + (args.length == 0 ? "" : " " + Arrays.toString(args));
    }
}
