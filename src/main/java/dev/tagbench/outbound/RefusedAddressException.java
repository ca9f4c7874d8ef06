package dev.tagbench.outbound;

import java.net.UnknownHostException;

/**
 * A host that resolves to an address Tagbench does not call. An {@link UnknownHostException}
 * because that is what the HTTP client's resolver may throw: the connection is never opened.
 */
public class RefusedAddressException extends UnknownHostException {

    public RefusedAddressException(String message) {
        super(message);
    }
}
