/** Project views for managers: members and settings. */
@NullMarked
package dev.tagbench.project.ui;

import org.jspecify.annotations.NullMarked;
