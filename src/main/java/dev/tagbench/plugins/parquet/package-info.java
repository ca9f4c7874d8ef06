/**
 * Built-in plugin: the Parquet dataset exporter, written with parquet-java's writer and none of
 * Hadoop at run time (the plain configuration, a GZIP codec of the JDK, a file over the download).
 */
@NullMarked
package dev.tagbench.plugins.parquet;

import org.jspecify.annotations.NullMarked;
