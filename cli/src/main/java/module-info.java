/**
 * The statuscodes command line: explains status codes and reads nginx and AWS ALB access logs.
 */
module io.github.statuscodes.cli {
    // JSpecify nullness annotations: needed to compile, not at run time.
    requires static org.jspecify;
    requires io.github.statuscodes;
    exports io.github.statuscodes.cli;
}
