package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.statuscodes.spring.boot.apps.client.ClientApp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.javapoet.ClassName;

/**
 * Spring's ahead-of-time processing, which Boot's {@code process-aot} goal runs for a GraalVM
 * native image or an AOT-optimised JVM run (Spring Boot's Maven and Gradle plugins, {@code
 * spring-boot:process-aot}): it turns every bean definition into generated code. An application
 * that adds the starter must still be processable.
 */
class AheadOfTimeProcessingTest {

    static void processAheadOfTime(Map<String, Object> properties) {
        processAheadOfTimeForHints(properties);
    }

    /** {@return the runtime hints that ahead-of-time processing writes for the application} */
    static RuntimeHints processAheadOfTimeForHints(Map<String, Object> properties) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("test", properties));
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        context.registerBean(ClientApp.class);
        DefaultGenerationContext generation = new DefaultGenerationContext(
                new ClassNameGenerator(ClassName.get("com.example", "ClientApp")),
                new InMemoryGeneratedFiles());
        try {
            new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
        } finally {
            context.close();
        }
        return generation.getRuntimeHints();
    }

    @Test
    void anApplicationWithoutTheStartersRetriesIsProcessedAheadOfTime() {
        // The control: the same application and class path with the starter's retries off.
        assertThatCode(() -> processAheadOfTime(Map.of("statuscodes.retry.enabled", "false")))
                .doesNotThrowAnyException();
    }

    @Test
    void anApplicationWithTheStarterIsProcessedAheadOfTime() {
        assertThatCode(() -> processAheadOfTime(Map.of())).doesNotThrowAnyException();
    }
}
