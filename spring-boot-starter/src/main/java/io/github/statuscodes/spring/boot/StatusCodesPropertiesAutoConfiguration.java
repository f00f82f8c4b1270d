package io.github.statuscodes.spring.boot;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Binds and checks the {@code statuscodes.*} properties in every application that has the
 * starter, whatever is switched off: a bad value or a mistyped key under {@code statuscodes.*}
 * stops the application with Boot's failure report even when no other part of the starter is
 * active (retries off, no servlet, no observation).
 *
 * @since 0.3.0
 */
@AutoConfiguration
@EnableConfigurationProperties(StatusCodesProperties.class)
public class StatusCodesPropertiesAutoConfiguration {

    /** Creates the configuration; Boot does. */
    public StatusCodesPropertiesAutoConfiguration() {
    }
}
