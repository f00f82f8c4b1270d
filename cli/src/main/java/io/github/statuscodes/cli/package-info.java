/**
 * The statuscodes command line: {@link io.github.statuscodes.cli.CommandLine}. Everything is
 * non-null unless documented otherwise.
 */
package io.github.statuscodes.cli;
