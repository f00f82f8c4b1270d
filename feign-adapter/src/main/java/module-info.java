/**
 * The OpenFeign adapter of statuscodes: {@link io.github.statuscodes.feign.StatusCodeCapability}.
 */
module io.github.statuscodes.feign {
    // JSpecify nullness annotations: needed to compile, not at run time; transitive, since they
    // are part of the exported signatures a user's module compiles against.
    requires static transitive org.jspecify;
    requires transitive io.github.statuscodes;
    requires transitive feign.core;

    exports io.github.statuscodes.feign;
}
