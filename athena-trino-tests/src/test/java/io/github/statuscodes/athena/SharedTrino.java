package io.github.statuscodes.athena;

import static io.trino.testing.TestingSession.testSessionBuilder;

import io.trino.plugin.hive.HivePlugin;
import io.trino.testing.DistributedQueryRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One Trino for every test class of this module (starting one takes most of the module's time):
 * a coordinator that schedules no work and two workers, catalog {@code hive} (file metastore,
 * local file system under a temporary folder), schema {@code logs}. Closed when the JVM ends.
 */
final class SharedTrino {
    private static DistributedQueryRunner trino;
    private static Path dir;

    private SharedTrino() {
    }

    static synchronized DistributedQueryRunner runner() throws Exception {
        if (trino == null) {
            dir = Files.createTempDirectory("athena-trino");
            trino = DistributedQueryRunner.builder(testSessionBuilder()
                            .setCatalog("hive").setSchema("logs").build())
                    .setWorkerCount(2)
                    .addExtraProperty("node-scheduler.include-coordinator", "false")
                    .addExtraProperty("query.max-memory-per-node", "100MB")
                    .build();
            trino.installPlugin(new HivePlugin());
            trino.createCatalog("hive", "hive", Map.of(
                    "hive.metastore", "file",
                    "hive.metastore.catalog.dir", "local:///metastore",
                    "fs.native-local.enabled", "true",
                    "local.location", dir.toString()));
            trino.execute("CREATE SCHEMA hive.logs");
            Runtime.getRuntime().addShutdownHook(new Thread(SharedTrino::close));
        }
        return trino;
    }

    /** Writes {@code content} to {@code folder/name} under the catalog's root: {@code local:///folder}. */
    static synchronized Path write(String folder, String name, String content) throws Exception {
        runner();
        Path d = Files.createDirectories(dir.resolve(folder));
        return Files.writeString(d.resolve(name), content);
    }

    private static synchronized void close() {
        try {
            trino.close();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind
            }
        }
    }
}
