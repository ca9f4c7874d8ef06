/** Tests of the outbound URL guard, the guarded HTTP client and stored secrets, against loopback servers only. */
@NullMarked
package dev.tagbench.outbound;

import org.jspecify.annotations.NullMarked;
