package dev.tagbench.base;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Why a multipart upload could not be read, in words for the client, and its status. The servlet
 * container parses uploads before any controller runs; Spring reports every size limit it hits as
 * {@link MaxUploadSizeExceededException}, including the one on a part's headers, which is about a
 * file name too long to send rather than a file too large.
 */
record UploadFailure(HttpStatus status, String detail) {

    static UploadFailure of(MultipartException e, String limits) {
        if (Causes.find(e, InvalidFileNameException.class) != null) {
            return new UploadFailure(
                    HttpStatus.BAD_REQUEST,
                    "A file name holds a character no file name may hold (such as NUL); rename the file.");
        }
        var size = Causes.find(e, SizeException.class);
        // Tomcat's limit on a part's headers (server.tomcat.max-part-header-size) has no exception of its own.
        if (size != null && String.valueOf(size.getMessage()).startsWith("Header section")) {
            return new UploadFailure(
                    HttpStatus.BAD_REQUEST,
                    "A part's headers are longer than the server accepts (" + size.getPermittedSize()
                            + " bytes); shorten the file name.");
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return new UploadFailure(
                    HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than the server accepts: " + limits + ".");
        }
        return new UploadFailure(HttpStatus.BAD_REQUEST, "The multipart body cannot be read, so nothing was imported.");
    }
}
