/**
 * The statuscodes command line: {@link io.github.statuscodes.cli.CommandLine}. Everything is
 * non-null unless documented otherwise.
 */
@NullMarked
package io.github.statuscodes.cli;

import org.jspecify.annotations.NullMarked;
