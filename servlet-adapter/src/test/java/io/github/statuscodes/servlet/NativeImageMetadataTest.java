package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The GraalVM reachability metadata this module ships: valid JSON in the place native-image reads
 * it from, naming the classes and members that are loaded by reflection. That the filter's own
 * lookups on a real container are all listed is checked in {@link ContainerScenarios}.
 */
class NativeImageMetadataTest {
    static final String PATH =
            "META-INF/native-image/io.github.statuscodes/statuscodes-servlet/reachability-metadata.json";

    static JsonNode metadata() throws Exception {
        try (InputStream in = ClientDisconnectFilter.class.getClassLoader()
                .getResourceAsStream(PATH)) {
            assertThat(in).as(PATH + " on the class path").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    /** Whether the metadata registers {@code method} (no-arg unless given) on {@code type}. */
    static boolean registers(JsonNode metadata, String type, String method) {
        for (JsonNode entry : metadata.get("reflection")) {
            if (entry.get("type").asText().equals(type)) {
                for (JsonNode m : entry.get("methods")) {
                    if (m.get("name").asText().equals(method)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void theFilterThatWebXmlNamesCanBeInstantiatedByReflection() throws Exception {
        JsonNode metadata = metadata();
        assertThat(registers(metadata, ClientDisconnectFilter.class.getName(), "<init>")).isTrue();
        assertThat(Modifier.isPublic(ClientDisconnectFilter.class.getConstructor()
                .getModifiers())).isTrue();
    }

    @Test
    void everyRegisteredMemberExistsWhereItsClassIsOnTheClassPath() throws Exception {
        List<String> checked = new ArrayList<>();
        for (JsonNode entry : metadata().get("reflection")) {
            Class<?> type;
            try {
                type = Class.forName(entry.get("type").asText(), false,
                        getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                continue; // e.g. Jetty's ee11 classes in the Servlet 6.0 run
            }
            for (JsonNode m : entry.get("methods")) {
                List<Class<?>> params = new ArrayList<>();
                for (JsonNode p : m.get("parameterTypes")) {
                    params.add(Class.forName(p.asText()));
                }
                Class<?>[] types = params.toArray(new Class<?>[0]);
                if (m.get("name").asText().equals("<init>")) {
                    type.getConstructor(types);
                } else {
                    type.getMethod(m.get("name").asText(), types);
                }
                checked.add(type.getName() + "#" + m.get("name").asText());
            }
            if (entry.has("condition")) {
                Class.forName(entry.get("condition").get("typeReached").asText(), false,
                        getClass().getClassLoader());
            }
        }
        assertThat(checked).contains(ClientDisconnectFilter.class.getName() + "#<init>",
                "org.eclipse.jetty.server.Request#addFailureListener");
    }
}
