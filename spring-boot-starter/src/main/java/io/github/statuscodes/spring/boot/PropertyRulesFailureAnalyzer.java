package io.github.statuscodes.spring.boot;

import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Boot's failure report for a broken {@link PropertyRules} rule, in the form of Boot's own
 * binding report, with the {@code Origin:} of every property: Boot finds the origin only of a
 * property directly under the bound prefix, not of a nested one such as
 * {@code statuscodes.retry.max-attempts}. Registered in {@code META-INF/spring.factories}.
 */
final class PropertyRulesFailureAnalyzer extends AbstractFailureAnalyzer<BindValidationException>
        implements Ordered {
    private final Environment environment;

    PropertyRulesFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
        ValidationErrors errors = cause.getValidationErrors();
        if (!"statuscodes".equals(errors.getName().toString())) {
            return null;
        }
        StringBuilder s = new StringBuilder("Binding to target ")
                .append(StatusCodesProperties.class.getName()).append(" failed:\n");
        for (ObjectError error : errors) {
            if (error instanceof FieldError) {
                FieldError f = (FieldError) error;
                String property = f.getObjectName() + "." + f.getField();
                s.append("\n    Property: ").append(property)
                        .append("\n    Value: \"").append(f.getRejectedValue()).append('"');
                Origin origin = Origin.from(f);
                if (origin == null) {
                    origin = PropertyOrigins.of(environment, property);
                }
                if (origin != null) {
                    s.append("\n    Origin: ").append(origin);
                }
            }
            s.append("\n    Reason: ").append(error.getDefaultMessage()).append('\n');
        }
        return new FailureAnalysis(s.toString(), "Update your application's configuration",
                cause);
    }
}
