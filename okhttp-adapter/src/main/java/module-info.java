/**
 * The OkHttp adapter of statuscodes. {@code okhttp3} is OkHttp's module name in both lines (4.x's
 * automatic module name, 5.x's {@code okhttp-jvm} module-info); on 4.x it and okio are automatic
 * modules, hence the suppressed warnings.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.statuscodes.okhttp {
    // JSpecify nullness annotations, part of the exported signatures: optional at run time.
    requires static transitive org.jspecify;
    requires transitive io.github.statuscodes;
    requires transitive okhttp3;
    requires okio;

    exports io.github.statuscodes.okhttp;
}
