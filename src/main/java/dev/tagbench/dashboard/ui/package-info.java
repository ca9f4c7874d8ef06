/** The managers' dashboard: progress, label distribution, agreement and SVG charts. */
@NullMarked
package dev.tagbench.dashboard.ui;

import org.jspecify.annotations.NullMarked;
