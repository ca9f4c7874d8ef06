/** Demo mode: sample project, seed articles and demo accounts. */
@NullMarked
package dev.tagbench.demo;

import org.jspecify.annotations.NullMarked;
