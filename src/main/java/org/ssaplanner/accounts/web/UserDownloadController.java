package org.ssaplanner.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.web.SheetDownload;

/**
 * The user list as CSV or XLSX for administrators: every account its filters select, in its order (issue 17). No
 * password, second factor or recovery data: only what the list shows, with the e-mail address and the last sign-in.
 */
@Controller
class UserDownloadController {

    private final UserAccountService users;
    private final MessageSource messages;

    UserDownloadController(UserAccountService users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/admin/users.{format:csv|xlsx}")
    void download(@PathVariable String format, @ModelAttribute("userSearch") UserSearchParams params,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            HttpServletResponse response, Locale locale) throws IOException {
        ListSort order = UserAdminController.SORTS.resolve(sort, dir);
        SheetDownload.send(response, format, "users", SheetDownload.header(messages, "user.username", "user.fullName",
                "user.email", "user.agency", "user.roles", "user.status", "user.locked", "user.lastLogin"),
                sheet -> SheetDownload.eachRow(number -> users.search(params.toFilter(),
                        PageRequest.of(number, SheetDownload.CHUNK, UserAdminController.SORTS.toSort(order))),
                        u -> sheet.row(u.username(), u.fullName(), u.email(), u.agencyLabel(),
                                u.roles().stream().map(r -> SheetDownload.label(messages, "role." + r, locale)).sorted()
                                        .collect(Collectors.joining(", ")),
                                SheetDownload.label(messages, u.enabled() ? "user.enabled" : "user.disabled", locale),
                                u.locked() ? u.lockedUntil() : null, u.lastLoginAt())));
    }

}
