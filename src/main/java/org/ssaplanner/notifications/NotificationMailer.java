package org.ssaplanner.notifications;

import java.util.Collection;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * Sends each notice by e-mail as well, when SMTP is configured ({@code spring.mail.host}: Spring Boot then provides
 * the {@link JavaMailSender}); without it nothing is sent. Runs after the notice's transaction has committed, in the
 * listener's thread, never the user's: a failure is logged and the notice stays in the inbox.
 */
@Component
class NotificationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final UserAccountService users;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, UserAccountService users, MessageSource messages,
            @Value("${ssa.notifications.mail.from:ssa-planner@localhost}") String from,
            @Value("${ssa.notifications.mail.base-url:}") String baseUrl) {
        this.sender = sender;
        this.users = users;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    void send(Inbox.Notice notice, Collection<Long> recipientUserIds) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        Map<Long, String> addresses;
        try {
            addresses = SystemAuthentication.call(() -> users.emailAddresses(recipientUserIds));
        } catch (RuntimeException e) {
            LOG.warn("Notice e-mail not sent: the recipients' addresses could not be read", e);
            return;
        }
        String subject = text("notification.mail.subject", text("notification.kind." + notice.kind()),
                notice.subject());
        String link = baseUrl + NotificationService.link(notice.kind(), notice.planId(), notice.programId());
        String body = text("notification.mail.body", text("notification.kind." + notice.kind()), notice.subject(),
                notice.detail() == null ? "" : notice.detail(), link);
        addresses.forEach((user, address) -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(address);
            message.setSubject(subject);
            message.setText(body);
            try {
                mail.send(message);
            } catch (MailException | IllegalStateException e) {
                LOG.warn("Notice e-mail to user {} not sent: {}", user, e.getMessage());
            }
        });
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
