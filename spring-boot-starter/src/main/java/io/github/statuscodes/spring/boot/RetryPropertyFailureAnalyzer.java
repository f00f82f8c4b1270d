package io.github.statuscodes.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Boot's failure report for an {@link InvalidRetryPropertyException}: the property, its value,
 * where it was set and the rule, in one block, instead of a stack of causes. Registered in
 * {@code META-INF/spring.factories}.
 */
final class RetryPropertyFailureAnalyzer
        extends AbstractFailureAnalyzer<InvalidRetryPropertyException> {

    RetryPropertyFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidRetryPropertyException cause) {
        return new FailureAnalysis(cause.description(), cause.action(), cause);
    }
}
