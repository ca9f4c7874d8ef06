/** Projects, their label schema and their members with roles. */
@NullMarked
package dev.tagbench.project;

import org.jspecify.annotations.NullMarked;
