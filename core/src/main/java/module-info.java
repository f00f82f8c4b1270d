/**
 * The statuscodes core: the registry of HTTP status codes. No dependencies.
 */
module io.github.statuscodes {
    exports io.github.statuscodes;
}
