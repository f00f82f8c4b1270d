/**
 * Spring Boot auto-configuration of statuscodes, switched by the {@code statuscodes.*}
 * properties ({@link io.github.statuscodes.spring.boot.StatusCodesProperties}): one
 * auto-configuration per concern (client retries, retry meters, observation conventions, client
 * disconnects). Everything is non-null unless documented otherwise.
 */
package io.github.statuscodes.spring.boot;
