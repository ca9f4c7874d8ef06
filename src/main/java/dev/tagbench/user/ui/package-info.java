/** Sign-in, the user's own profile and the administrators' Users view. */
@NullMarked
package dev.tagbench.user.ui;

import org.jspecify.annotations.NullMarked;
