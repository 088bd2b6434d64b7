package app.encore.base.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * How Encore's plain-HTTP answers (feeds, images, open data, the widget) say no: the status and one
 * line of plain text ("No show called …"), never a redirect to the sign-in page or a stack trace.
 */
@RestControllerAdvice
class OpenWebErrors {

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<String> refused(ResponseStatusException refusal) {
        return ResponseEntity.status(refusal.getStatusCode()).contentType(MediaType.TEXT_PLAIN)
                .body(refusal.getReason() == null ? refusal.getStatusCode().toString() : refusal.getReason());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<String> incomplete(MissingServletRequestParameterException missing) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                .body("Missing parameter: " + missing.getParameterName());
    }
}
