package org.ssaplanner.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
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
        return keeping(Set.of(parameter)).queryParam(parameter, value).encode().build().toUriString();
    }

    /**
     * The link of a sortable column header: every current filter kept, {@code sort} and {@code dir} set, back to the
     * first page ({@code page} dropped: the rows the user was on are elsewhere in the new order).
     */
    public String sortedBy(String column, String dir) {
        return keeping(Set.of("sort", "dir", "page")).queryParam("sort", column).queryParam("dir", dir).encode()
                .build().toUriString();
    }

    /**
     * The list as a spreadsheet ({@code csv} or {@code xlsx}): the same address with the format's suffix and every
     * current filter and order, without the page (the download holds every row the filters select).
     */
    public String download(String format) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return keeping(Set.of("page", "size")).replacePath(request.getRequestURI() + "." + format).encode().build()
                .toUriString();
    }

    private static UriComponentsBuilder keeping(Set<String> replaced) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!replaced.contains(name) && !name.startsWith("_")) {
                link.queryParam(name, (Object[]) values);
            }
        });
        return link;
    }
}
