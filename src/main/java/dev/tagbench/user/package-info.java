/** Users, sign-in and the security configuration of the UI and the REST API. */
@NullMarked
package dev.tagbench.user;

import org.jspecify.annotations.NullMarked;
