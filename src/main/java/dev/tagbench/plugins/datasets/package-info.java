/**
 * Built-in plugins: the dataset exporters for JSON Lines, CSV and the Hugging Face datasets layout
 * (a ZIP of per-split JSON Lines files with a dataset card).
 */
@NullMarked
package dev.tagbench.plugins.datasets;

import org.jspecify.annotations.NullMarked;
