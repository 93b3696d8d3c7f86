package org.ssaplanner.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload the server's multipart parser refused as too large (for example a request without a declared length,
 * which {@link UploadLimitFilter} cannot judge): the 413 page with the limit of the endpoint it went to.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    private final ObjectProvider<UploadLimit> limits;

    UploadTooLargeAdvice(ObjectProvider<UploadLimit> limits) {
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    ModelAndView tooLarge(HttpServletRequest request) {
        ModelAndView view = new ModelAndView("error/413");
        Object noted = request.getAttribute(UploadLimit.REQUEST_ATTRIBUTE);
        UploadLimit limit = noted instanceof UploadLimit l ? l : UploadLimit.find(limits.orderedStream().toList(), request);
        view.addObject(UploadLimit.REQUEST_ATTRIBUTE, limit);
        return view;
    }
}
