/**
 * Helpers shared by the statuscodes modules; not an API (exported only to the adapter modules).
 * Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.statuscodes.internal;

import org.jspecify.annotations.NullMarked;
