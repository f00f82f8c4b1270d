package io.github.statuscodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The "Primary meanings" section of docs/codes.md, and the {@code meanings(420)} comment shown in
 * README.md and docs/codes.md, name every meaning the registry holds for those numbers.
 */
class PrimaryMeaningsDocsTest {
    static final Path ROOT = Path.of("..");

    /** Code -> the table row's text, from the table under "## Primary meanings". */
    static Map<Integer, String> rows() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("docs/codes.md"), StandardCharsets.UTF_8);
        Map<Integer, String> rows = new LinkedHashMap<>();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                in = line.equals("## Primary meanings");
                continue;
            }
            Matcher m = Pattern.compile("^\\| (\\d{3}) \\|(.*)$").matcher(line);
            if (in && m.find()) {
                rows.put(Integer.parseInt(m.group(1)), m.group(2));
            }
        }
        return rows;
    }

    @Test
    void everyTableRowNamesEveryMeaningOfItsCode() throws IOException {
        Map<Integer, String> rows = rows();
        assertThat(rows).containsKeys(420, 530);
        List<String> missing = new ArrayList<>();
        for (Map.Entry<Integer, String> row : rows.entrySet()) {
            for (StatusCode c : StatusCodes.meanings(row.getKey())) {
                if (!c.isRegistered() || c.reasonPhrase().startsWith("(")) {
                    continue;
                }
                long samePhrase = StatusCodes.meanings(row.getKey()).stream()
                        .filter(o -> o.reasonPhrase().equals(c.reasonPhrase())).count();
                String vendorWord = c.vendor().displayName().split(" ")[0];
                if (!row.getValue().contains(c.reasonPhrase())
                        || samePhrase > 1 && !row.getValue().contains(vendorWord)) {
                    missing.add(row.getKey() + " " + c.vendor().id() + " " + c.reasonPhrase());
                }
            }
        }
        assertThat(missing).as("meanings the registry has but docs/codes.md's table leaves out")
                .isEmpty();
    }

    @Test
    void theCollisionListNamesEveryNumberWithTwoMeanings() throws IOException {
        String text = Files.readString(ROOT.resolve("docs/codes.md"), StandardCharsets.UTF_8);
        Matcher also = Pattern.compile("The full list of collisions \\(also ([\\d, ]+)\\)").matcher(text);
        assertThat(also.find()).isTrue();
        List<Integer> listed = new ArrayList<>(rows().keySet());
        for (String n : also.group(1).split(",\\s*")) {
            listed.add(Integer.parseInt(n.trim()));
        }
        List<Integer> collisions = new ArrayList<>();
        for (int code = 100; code <= 999; code++) {
            if (StatusCodes.meanings(code).size() > 1) {
                collisions.add(code);
            }
        }
        assertThat(listed).as("numbers docs/codes.md names as having several meanings")
                .containsAll(collisions);
    }

    @Test
    void readmesMeaningsOf420CommentNamesEveryVendor() throws IOException {
        for (String page : List.of("README.md", "docs/codes.md")) {
            String line = Files.readAllLines(ROOT.resolve(page), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("StatusCodes.meanings(420);")).findFirst().orElseThrow();
            for (StatusCode c : StatusCodes.meanings(420)) {
                assertThat(line).as(page + ": " + c.vendor().id()).contains(c.reasonPhrase());
            }
        }
    }
}
