package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue #5: the first {@code StatusCodes.of} in a fresh JVM must take a few milliseconds at most.
 * It took 33-39 ms because class initialisation bootstrapped {@code invokedynamic} call sites:
 * the string concatenation in {@code StatusCode.unregistered} (StringConcatFactory, 15-20 ms) and
 * three lambdas in {@code StatusRegistry} (LambdaMetafactory, 3-5 ms). Timing is too noisy for a
 * unit test, so this pins the cause instead: no class that initialisation loads may contain an
 * {@code invokedynamic}. Core is compiled with {@code -XDstringConcat=inline}; use a loop or a
 * named class instead of a lambda or method reference in these classes.
 */
class StartupPathTest {
    /** Classes that {@code StatusCodes.of} does not load; they may use lambdas. */
    private static final Set<String> OFF_THE_STARTUP_PATH = Set.of(
            "ProblemDetails", "ProblemDetails$Builder", "RetryAfter",
            "RetryPolicy", "RetryPolicy$Builder", "RetryDecision", "RetryDecision$StopReason",
            "VendorDetection", "VendorDetection$Match", "VendorDetection$Rule",
            "LogSignal", "LogSignals", "SignalTable", "SignalTable$Block", "HaproxyStates",
            "EndedBy");

    @Test
    void classInitialisationBootstrapsNoInvokedynamic() throws IOException, URISyntaxException {
        Path dir = Path.of(StatusCodes.class.getResource("StatusCodes.class").toURI()).getParent();
        List<String> offending = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".class") || name.equals("package-info.class")) {
                    continue;
                }
                String simple = name.substring(0, name.length() - ".class".length());
                if (OFF_THE_STARTUP_PATH.contains(simple) || simple.startsWith("RetryAfter$")) {
                    continue;
                }
                checked.add(simple);
                try (InputStream in = Files.newInputStream(f)) {
                    if (hasInvokedynamic(in)) {
                        offending.add(simple);
                    }
                }
            }
        }
        assertThat(checked).contains("StatusCodes", "StatusRegistry", "StatusCode", "Vendor",
                "Iana", "Nginx", "DefaultCodes");
        assertThat(offending)
                .as("classes on the start-up path with an invokedynamic (a lambda, a method"
                        + " reference or indy string concatenation); each costs milliseconds on"
                        + " the first StatusCodes.of in a JVM")
                .isEmpty();
    }

    /**
     * The first {@code StatusCodes.of} loads two classes of core and no more, the facade holding
     * the table and the value, one fewer than Spring's first {@code HttpStatus.resolve} (each
     * costs about half a millisecond in a fresh JVM; 0.1.0 loaded 26, 0.2.0 five). The registry,
     * {@code DefaultCodes}, {@code Vendor}, holders, enums, texts and the 900 fallbacks load on
     * first use. Checked in a fresh JVM by its class-loading log, not by timing.
     */
    @Test
    void theFirstLookupLoadsOnlyTheFacadeAndTheValue()
            throws IOException, InterruptedException, URISyntaxException {
        Path classes = Path.of(StatusCodes.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Path probe = Path.of(StartupProbe.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBin.toString(), "-Xshare:auto",
                "-Xlog:class+load=info", "-cp", probe + java.io.File.pathSeparator + classes,
                "-Dstatuscodes.probe=404",
                "io.github.statuscodes.StartupProbe").redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
        List<String> loaded = new ArrayList<>();
        for (String line : log.substring(0, log.indexOf("-- looked up")).split("\n")) {
            int at = line.indexOf("io.github.statuscodes.");
            if (at >= 0 && line.contains(" source: ")) {
                loaded.add(line.substring(at + "io.github.statuscodes.".length(),
                        line.indexOf(' ', at)));
            }
        }
        assertThat(loaded).containsExactly("StartupProbe", "StatusCodes", "StatusCode");
        assertThat(log).contains("404 Not Found (iana)");
    }

    /**
     * The access-log signals (LogSignals, their table and resource) are loaded only when asked
     * for: a lookup, even one of a vendor that logs 499 in nginx's meaning, loads none of them.
     */
    @Test
    void aLookupByAVendorLoadsNoneOfTheLogSignals()
            throws IOException, InterruptedException, URISyntaxException {
        List<String> loaded = loadedBy("499", "traefik");
        assertThat(loaded).containsExactlyInAnyOrder("StartupProbe", "StatusCodes",
                "StatusRegistry", "StatusCode", "DefaultCodes", "Vendor", "internal.Checks");
        assertThat(loaded).doesNotContain("LogSignals", "LogSignal", "SignalTable", "EndedBy");
        assertThat(loadedBy("404", "signals")).contains("LogSignals", "SignalTable",
                "LogSignal");
    }

    private static List<String> loadedBy(String code, String vendor)
            throws IOException, InterruptedException, URISyntaxException {
        Path classes = Path.of(StatusCodes.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Path probe = Path.of(StartupProbe.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBin.toString(), "-Xshare:auto",
                "-Xlog:class+load=info", "-cp", probe + java.io.File.pathSeparator + classes,
                "-Dstatuscodes.probe=" + code, "-Dstatuscodes.probe.vendor=" + vendor,
                "io.github.statuscodes.StartupProbe").redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
        List<String> loaded = new ArrayList<>();
        for (String line : log.split("\n")) {
            int at = line.indexOf("io.github.statuscodes.");
            if (at >= 0 && line.contains(" source: ")) {
                loaded.add(line.substring(at + "io.github.statuscodes.".length(),
                        line.indexOf(' ', at)));
            }
        }
        if (vendor.equals("traefik")) {
            assertThat(log).contains("499 Client Closed Request (nginx)");
        }
        return loaded;
    }

    /** Whether a class file's constant pool holds a CONSTANT_InvokeDynamic entry (tag 18). */
    static boolean hasInvokedynamic(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        in.readInt(); // magic
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1: // Utf8
                    in.skipNBytes(in.readUnsignedShort());
                    break;
                case 7: case 8: case 16: case 19: case 20: // Class, String, MethodType, Module, Package
                    in.skipNBytes(2);
                    break;
                case 15: // MethodHandle
                    in.skipNBytes(3);
                    break;
                case 3: case 4: case 9: case 10: case 11: case 12: case 17: // 4-byte entries, Dynamic
                    in.skipNBytes(4);
                    break;
                case 18: // InvokeDynamic
                    return true;
                case 5: case 6: // Long, Double: two slots
                    in.skipNBytes(8);
                    i++;
                    break;
                default:
                    throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        return false;
    }
}
