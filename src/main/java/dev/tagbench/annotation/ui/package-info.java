/** The curator's workbench (one article, labelled by keyboard) and worklist. */
@NullMarked
package dev.tagbench.annotation.ui;

import org.jspecify.annotations.NullMarked;
