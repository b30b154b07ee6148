package nl.stedenband.security;

import java.util.Collection;

/**
 * Words of this installation that an attacker aiming at the office tries first (the partner
 * cities' names, say). Features contribute them as beans; a password made of them is refused.
 */
public interface PasswordWords {

    Collection<String> passwordWords();
}
