/** Benchmarks (the bench profile) that measure and print figures rather than assert them. */
@NullMarked
package dev.tagbench.bench;

import org.jspecify.annotations.NullMarked;
