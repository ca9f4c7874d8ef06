/**
 * Everything Tagbench calls on other servers goes through here: the URL guard (http and https only,
 * every resolved address checked when connecting, loopback, private, link-local, shared, multicast
 * and metadata addresses refused unless the host is allow-listed), the guarded HTTP client (no
 * redirects, short timeouts, bounded answers) and the secrets those calls carry, stored encrypted.
 */
@NullMarked
package dev.tagbench.outbound;

import org.jspecify.annotations.NullMarked;
