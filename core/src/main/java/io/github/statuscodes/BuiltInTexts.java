package io.github.statuscodes;

import java.util.ArrayList;
import java.util.List;

/**
 * The texts of the built-in codes (description, causes, related codes, source). They make up
 * most of the data and no lookup needs them, so they stay off the start-up path of
 * {@link StatusCodes#of(int)}: a code's texts are built the first time they are asked for, from
 * {@link BuiltInTextsData}, which the build generates from {@code core/src/main/data/texts.txt}
 * (class constants, so no resource is opened and nothing is parsed at run time).
 *
 * <p>The file holds one block per meaning, blocks separated by a blank line; {@code #} starts a
 * comment line:
 * <pre>
 * 460 aws-elb Client Closed Connection          (number, vendor id, reason phrase)
 * source https://docs.aws.amazon.com/...
 * description The client closed its connection ...
 * cause client timeout shorter than the target's processing time   (one line per cause)
 * related 408 499 504
 * </pre>
 */
final class BuiltInTexts {
    /**
     * The texts by row of {@link DefaultCodes}, built on first use. A race builds equal texts
     * twice at worst; the final fields publish them safely.
     */
    private static final BuiltInTexts[] BY_ROW = new BuiltInTexts[DefaultCodes.all().length];

    final String description;
    final String source;
    final List<String> causes;
    final List<Integer> related;

    BuiltInTexts(String description, String source, String[] causes, int[] related) {
        this.description = description;
        this.source = source;
        this.causes = List.of(causes);
        List<Integer> numbers = new ArrayList<>(related.length);
        for (int n : related) {
            numbers.add(n);
        }
        this.related = List.copyOf(numbers);
    }

    static BuiltInTexts of(int builtIn) {
        BuiltInTexts texts = BY_ROW[builtIn];
        if (texts == null) {
            StatusCode c = DefaultCodes.all()[builtIn];
            texts = BuiltInTextsData.of(key(c.code(), c.vendor().id(), c.reasonPhrase()));
            if (texts == null) {
                throw new IllegalStateException("texts.txt has no block for " + c
                        + "; the statuscodes-core jar is damaged or was built from other data");
            }
            BY_ROW[builtIn] = texts;
        }
        return texts;
    }

    static String key(int code, String vendorId, String reasonPhrase) {
        return code + " " + vendorId + " " + reasonPhrase;
    }
}
