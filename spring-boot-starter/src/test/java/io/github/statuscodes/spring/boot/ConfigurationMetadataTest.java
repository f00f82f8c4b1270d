package io.github.statuscodes.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.statuscodes.RetryPolicy;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.core.convert.ConversionService;

/**
 * What an IDE shows for the {@code statuscodes.*} properties: the configuration metadata that the
 * configuration processor writes into the starter's jar. Read from where
 * {@link StatusCodesProperties} itself was loaded (the module's classes, the very files packaged
 * into the jar, or the jar itself where the starter is a dependency, as in the Boot 4 build), not
 * the first such file on the class path. Every property has a description, and every option of
 * the retry policy shows as default exactly what {@link RetryPolicy#defaults()} does, read from
 * core here, converted by Boot's own conversion service as a bound value would be.
 */
class ConfigurationMetadataTest {
    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    /** The {@code statuscodes.retry.*} properties that are no option of the policy. */
    private static final List<String> NOT_POLICY_OPTIONS = List.of("enabled", "clients");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> properties() throws Exception {
        Path source = Path.of(StatusCodesProperties.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        String json;
        if (Files.isDirectory(source)) {
            json = Files.readString(source.resolve(METADATA), StandardCharsets.UTF_8);
        } else {
            try (JarFile jar = new JarFile(source.toFile())) {
                ZipEntry e = jar.getEntry(METADATA);
                assertThat(e).as("%s in %s", METADATA, source).isNotNull();
                try (InputStream in = jar.getInputStream(e)) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        Map<String, Object> root = JsonParserFactory.getJsonParser().parseMap(json);
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        for (Object o : (List<Object>) root.get("properties")) {
            Map<String, Object> p = (Map<String, Object>) o;
            assertThat(byName.put((String) p.get("name"), p)).as("twice: %s", p).isNull();
        }
        return byName;
    }

    @Test
    void everyPropertyHasADescription() throws Exception {
        Map<String, Map<String, Object>> properties = properties();
        assertThat(properties.keySet()).contains("statuscodes.retry.max-attempts",
                "statuscodes.client-disconnect.status", "statuscodes.observation.enabled");
        for (Map<String, Object> p : properties.values()) {
            assertThat((String) p.get("description")).as("description of %s", p.get("name"))
                    .isNotBlank();
            assertThat((String) p.get("name")).startsWith("statuscodes.");
        }
    }

    @Test
    void everyRetryOptionDefaultsToWhatThePolicyDefaultsTo() throws Exception {
        ConversionService conversion = ApplicationConversionService.getSharedInstance();
        RetryPolicy defaults = RetryPolicy.defaults();
        List<String> checked = new ArrayList<>();
        for (Map<String, Object> p : properties().values()) {
            String name = (String) p.get("name");
            if (!name.startsWith("statuscodes.retry.")) {
                continue;
            }
            String option = name.substring("statuscodes.retry.".length());
            if (NOT_POLICY_OPTIONS.contains(option)) {
                continue;
            }
            Object policyDefault = accessor(option).invoke(defaults);
            assertThat(p).as("%s shows no default in an IDE", name).containsKey("defaultValue");
            Object shown = p.get("defaultValue");
            if (policyDefault instanceof Collection) {
                assertThat(new HashSet<>((Collection<?>) shown)).as(name)
                        .isEqualTo(new HashSet<>((Collection<?>) policyDefault));
            } else {
                assertThat(conversion.convert(shown, policyDefault.getClass())).as(name)
                        .isEqualTo(policyDefault);
            }
            checked.add(option);
        }
        assertThat(checked).contains("max-attempts", "backoff-base", "backoff-max", "jitter",
                "retry-after-max", "call-timeout", "retry-non-idempotent");
    }

    @Test
    void theEnabledSwitchesAndTheDisconnectStatusShowTheirDefaults() throws Exception {
        Map<String, Map<String, Object>> properties = properties();
        StatusCodesProperties unbound = new StatusCodesProperties();
        assertThat(properties.get("statuscodes.retry.enabled").get("defaultValue"))
                .isEqualTo(unbound.getRetry().isEnabled());
        assertThat(properties.get("statuscodes.observation.enabled").get("defaultValue"))
                .isEqualTo(unbound.getObservation().isEnabled());
        assertThat(properties.get("statuscodes.client-disconnect.enabled").get("defaultValue"))
                .isEqualTo(unbound.getClientDisconnect().isEnabled());
        assertThat(((Number) properties.get("statuscodes.client-disconnect.status")
                .get("defaultValue")).intValue())
                .isEqualTo(unbound.getClientDisconnect().getStatus());
    }

    /** The policy's accessor of a kebab-case option: max-attempts is maxAttempts(), jitter isJitter(). */
    private static Method accessor(String option) {
        StringBuilder camel = new StringBuilder();
        for (String part : option.split("-")) {
            camel.append(camel.length() == 0 ? part
                    : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1));
        }
        String name = camel.toString();
        String is = "is" + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        for (Method m : RetryPolicy.class.getMethods()) {
            if (m.getParameterCount() == 0 && (m.getName().equals(name) || m.getName().equals(is))) {
                return m;
            }
        }
        throw new AssertionError("statuscodes.retry." + option
                + " is no option of RetryPolicy (no accessor " + name + "() or " + is + "())");
    }
}
