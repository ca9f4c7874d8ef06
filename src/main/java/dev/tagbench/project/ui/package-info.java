/** Project views for managers: members and settings, and the chooser of managed projects other views share. */
@NullMarked
package dev.tagbench.project.ui;

import org.jspecify.annotations.NullMarked;
