package org.ssaplanner.shared.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.ssaplanner.shared.StaleEditException;

/** Stale edits (someone saved the record meanwhile) get the 409 page instead of a silent overwrite. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class StaleEditHandler {

    @ExceptionHandler(StaleEditException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView staleEdit(StaleEditException e) {
        ModelAndView view = new ModelAndView("error/409");
        view.addObject("recordType", e.getRecordType());
        view.addObject("recordId", e.getRecordId());
        return view;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView concurrentSave() {
        return new ModelAndView("error/409");
    }
}
