package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The texts of the built-in codes ship as class constants generated from
 * {@code src/main/data/texts.txt}: every block of the file reaches its code unchanged, every
 * built-in code has exactly one block.
 */
class BuiltInTextsTest {
    private static final Path TEXTS = Path.of("src/main/data/texts.txt");

    /** The file's blocks by key, read here line by line, independently of the generator. */
    private static Map<String, List<String>> blocks() throws IOException {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(TEXTS, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                current = null;
            } else if (!line.startsWith("#")) {
                if (current == null) {
                    current = new ArrayList<>();
                    assertThat(blocks.put(line, current)).as("second block for %s", line).isNull();
                } else {
                    current.add(line);
                }
            }
        }
        return blocks;
    }

    @Test
    void everyBlockOfTheFileReachesItsCodeUnchanged() throws IOException {
        Map<String, List<String>> blocks = blocks();
        assertThat(blocks).hasSizeGreaterThan(100);
        for (Map.Entry<String, List<String>> e : blocks.entrySet()) {
            String[] head = e.getKey().split(" ", 3);
            Vendor vendor = Vendor.find(head[1]).orElseThrow();
            List<StatusCode> same = new ArrayList<>();
            for (StatusCode m : StatusCodes.meanings(Integer.parseInt(head[0]))) {
                if (m.vendor() == vendor && m.reasonPhrase().equals(head[2])) {
                    same.add(m);
                }
            }
            assertThat(same).as("meanings of %s", e.getKey()).hasSize(1);
            StatusCode c = same.get(0);
            List<String> causes = new ArrayList<>();
            List<Integer> related = new ArrayList<>();
            for (String line : e.getValue()) {
                String value = line.substring(line.indexOf(' ') + 1);
                if (line.startsWith("description ")) {
                    assertThat(c.description()).as("description of %s", c).isEqualTo(value);
                } else if (line.startsWith("source ")) {
                    assertThat(c.documentation()).as("source of %s", c).isEqualTo(URI.create(value));
                } else if (line.startsWith("cause ")) {
                    causes.add(value);
                } else if (line.startsWith("related ")) {
                    for (String n : value.split(" ")) {
                        related.add(Integer.valueOf(n));
                    }
                }
            }
            assertThat(c.causes()).as("causes of %s", c).containsExactlyElementsOf(causes);
            assertThat(c.related()).as("related of %s", c).containsExactlyElementsOf(related);
        }
    }

    @Test
    void everyBuiltInCodeHasExactlyOneBlock() throws IOException {
        assertThat(DefaultCodes.all()).hasSize(blocks().size());
        assertThat(BuiltInTextsData.COUNT).isEqualTo(blocks().size());
        for (StatusCode c : DefaultCodes.all()) {
            assertThat(blocks()).containsKey(
                    c.code() + " " + c.vendor().id() + " " + c.reasonPhrase());
        }
    }

    @Test
    void aKeyWithoutABlockHasNoTexts() {
        assertThat(BuiltInTextsData.of("460 aws-elb Client Closed Connection")).isNotNull();
        assertThat(BuiltInTextsData.of("460 nginx Client Closed Connection")).isNull();
        assertThat(BuiltInTextsData.of("")).isNull();
    }

    @Test
    void theTextsAreImmutable() {
        StatusCode c = StatusCodes.of(460);
        assertThat(c.causes()).isNotEmpty();
        assertThatThrownBy(() -> c.causes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.related().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void threadsAskingAtOnceSeeTheSameTexts() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<String> read = () -> {
                    StringBuilder all = new StringBuilder();
                    for (StatusCode c : StatusCodes.all()) {
                        all.append(c.description()).append(c.causes()).append(c.related());
                    }
                    return all.toString();
                };
                results.add(pool.submit(read));
            }
            String first = results.get(0).get();
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
