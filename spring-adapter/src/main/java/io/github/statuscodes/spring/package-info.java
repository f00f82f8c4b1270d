/**
 * Spring Framework and Micrometer integration: {@link io.github.statuscodes.spring.StatusCodeRetryInterceptor}
 * for {@code RestClient}/{@code RestTemplate}, {@link io.github.statuscodes.spring.StatusCodeRetryFilter}
 * for {@code WebClient}, {@link io.github.statuscodes.spring.SpringStatusCodes} to convert to and
 * from Spring's status and problem types, and the observation conventions.
 *
 * <p>Each class touches one optional platform only: the interceptor needs spring-web, the filter
 * spring-webflux and Reactor, the conventions Micrometer. Everything is non-null unless
 * documented otherwise; a null argument throws {@link java.lang.NullPointerException} naming it.
 */
@NullMarked
package io.github.statuscodes.spring;

import org.jspecify.annotations.NullMarked;
