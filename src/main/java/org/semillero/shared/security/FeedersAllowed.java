package org.semillero.shared.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The only operations a signal feeder's service account may call ({@link Roles#serviceAccount}):
 * every other request from such an account is refused before it reaches the resource.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FeedersAllowed {
}
