package org.ssaplanner.notifications.web;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.notifications.NotificationService;
import org.ssaplanner.notifications.NotificationView;

/**
 * The signed-in user's inbox ({@code /inbox}): a paged list of their notices, newest first. Opening a notice marks
 * it read and goes to the page it is about; all can be marked read at once (both PRG).
 */
@Controller
@RequestMapping("/inbox")
class InboxController {

    private final NotificationService notifications;

    InboxController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String inbox(@PageableDefault(size = 20) Pageable pageable, Model model) {
        Page<NotificationView> page = notifications.inbox(pageable);
        model.addAttribute("page", page);
        model.addAttribute("unread", notifications.unreadCount());
        return "notifications/inbox";
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable long id) {
        return "redirect:" + notifications.open(id);
    }

    @PostMapping("/read")
    String markAllRead(RedirectAttributes redirect) {
        notifications.markAllRead();
        redirect.addFlashAttribute("flash", "notification.allRead");
        return "redirect:/inbox";
    }
}
