/**
 * The statuscodes command line: explains status codes and reads nginx and AWS ALB access logs.
 */
module io.github.statuscodes.cli {
    requires io.github.statuscodes;
    exports io.github.statuscodes.cli;
}
