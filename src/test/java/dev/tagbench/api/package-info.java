/** Tests of the REST API as clients see it, and of its documentation. */
@NullMarked
package dev.tagbench.api;

import org.jspecify.annotations.NullMarked;
