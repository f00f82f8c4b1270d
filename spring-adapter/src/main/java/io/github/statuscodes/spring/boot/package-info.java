/**
 * Spring Boot auto-configuration of the statuscodes Spring adapter, switched by the
 * {@code statuscodes.*} properties; see {@link io.github.statuscodes.spring.boot.StatusCodesProperties}.
 */
@NullMarked
package io.github.statuscodes.spring.boot;

import org.jspecify.annotations.NullMarked;
