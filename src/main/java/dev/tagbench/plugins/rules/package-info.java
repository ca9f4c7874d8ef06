/** The built-in rule suggester: keywords and RE2 regular expressions per label, written by managers. */
@NullMarked
package dev.tagbench.plugins.rules;

import org.jspecify.annotations.NullMarked;
