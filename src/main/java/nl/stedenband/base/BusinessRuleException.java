package nl.stedenband.base;

/** A rule of the office refused the action; the message is written for the user. */
public class BusinessRuleException extends RuntimeException {

    public BusinessRuleException(String message) {
        super(message);
    }
}
