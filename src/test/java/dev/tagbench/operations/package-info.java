/** Tests of how Tagbench runs: several nodes, database outages, the packaged jar, the JVM options, metrics. */
@NullMarked
package dev.tagbench.operations;

import org.jspecify.annotations.NullMarked;
