package org.ssaplanner.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.ssaplanner.shared.CappedPage;

/** Links for templates (as {@code @pageLinks}) that keep the current filters and change one parameter. */
@Component("pageLinks")
public class PageLinks {

    /** Whether the page's total was counted only up to a cap (then the pager says "more than"). */
    public boolean capped(Page<?> page) {
        return page instanceof CappedPage<?> capped && capped.isTotalCapped();
    }

    public String withPage(int page) {
        return with("page", String.valueOf(Math.max(page, 0)));
    }

    public String with(String parameter, String value) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(parameter) && !name.startsWith("_")) {
                link.queryParam(name, (Object[]) values);
            }
        });
        return link.queryParam(parameter, value).encode().build().toUriString();
    }
}
