package nl.stedenband.security;

/** What an authenticator app needs to be set up: the secret and the otpauth:// address. */
public record TotpSetup(String secret, String uri) {

    /** The secret in groups of four, as people type it into an app. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?=.)", "$1 ");
    }
}
