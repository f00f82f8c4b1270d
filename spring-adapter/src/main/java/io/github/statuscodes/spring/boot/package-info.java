/**
 * Spring Boot auto-configuration of the statuscodes Spring adapter, switched by the
 * {@code statuscodes.*} properties; see {@link io.github.statuscodes.spring.boot.StatusCodesProperties}.
 */
package io.github.statuscodes.spring.boot;
