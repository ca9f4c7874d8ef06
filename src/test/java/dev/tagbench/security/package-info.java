/** The access tables (who may do what) and the tests that hold every endpoint and view to them. */
@NullMarked
package dev.tagbench.security;

import org.jspecify.annotations.NullMarked;
