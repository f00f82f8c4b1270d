/**
 * The OpenFeign adapter of statuscodes: {@link io.github.statuscodes.feign.StatusCodeCapability}.
 */
module io.github.statuscodes.feign {
    requires transitive io.github.statuscodes;
    requires transitive feign.core;

    exports io.github.statuscodes.feign;
}
