package org.ssaplanner.evaluations.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.ssaplanner.evaluations.EvidenceProperties;

/**
 * An upload over the server's multipart limit: a clear page (413) instead of the generic error page.
 * Reads the limit as a plain property so that web slices of other modules need no evaluations beans.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private final EvidenceProperties limits;

    UploadLimitAdvice(@Value("${ssa.evaluations.evidence.max-file-size:10MB}") org.springframework.util.unit.DataSize max) {
        this.limits = new EvidenceProperties(max, 1);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    ModelAndView tooLarge() {
        ModelAndView view = new ModelAndView("evaluations/upload-too-large");
        view.addObject("limit", limits.maxFileSizeLabel());
        return view;
    }
}
