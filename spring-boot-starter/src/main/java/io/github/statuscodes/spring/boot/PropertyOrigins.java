package io.github.statuscodes.spring.boot;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.core.env.Environment;

/** Where a property was set, as Boot's failure reports say it ({@code Origin:}). */
final class PropertyOrigins {
    private PropertyOrigins() {
    }

    /** {@return where {@code property} (in Boot's form) was set, or null if unknown} */
    static @Nullable Origin of(Environment environment, String property) {
        if (!ConfigurationPropertyName.isValid(property)) {
            return null;
        }
        ConfigurationPropertyName name = ConfigurationPropertyName.of(property);
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            ConfigurationProperty p = source.getConfigurationProperty(name);
            if (p != null && p.getOrigin() != null) {
                return p.getOrigin();
            }
        }
        return null;
    }
}
