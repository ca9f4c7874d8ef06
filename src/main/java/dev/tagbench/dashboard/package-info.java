/** The managers' dashboard: progress, label distribution and agreement of a project. */
@NullMarked
package dev.tagbench.dashboard;

import org.jspecify.annotations.NullMarked;
