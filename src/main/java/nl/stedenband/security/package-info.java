/** Users, roles, sign-in and the rules of who may do what. */
@NullMarked
package nl.stedenband.security;

import org.jspecify.annotations.NullMarked;
