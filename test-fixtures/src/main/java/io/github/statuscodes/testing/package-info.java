/**
 * Test servers on loopback shared by the tests of several modules; not published.
 */
package io.github.statuscodes.testing;
