/**
 * Test servers on loopback and test helpers shared by the tests of several modules; not
 * published.
 */
package io.github.statuscodes.testing;
