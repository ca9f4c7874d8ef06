package dev.tagbench.base;

import org.springframework.util.unit.DataSize;

/** A request body that went past the API's limit while it was read (413). */
class RequestBodyTooLargeException extends RuntimeException {

    RequestBodyTooLargeException(long max) {
        super(detail(max));
    }

    static String detail(long max) {
        return "The request body is larger than the API accepts: at most "
                + DataSize.ofBytes(max).toKilobytes() + " KB.";
    }
}
