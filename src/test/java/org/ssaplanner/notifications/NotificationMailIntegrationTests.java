package org.ssaplanner.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.CreatedUser;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.compliance.BlockingFindingRaised;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 14, section 4, by e-mail: with SMTP configured (here GreenMail, an embedded SMTP server on port 3025 of
 * this machine) every notice also goes by e-mail to the recipients who have an address, after its transaction has
 * committed; a mail server that does not answer loses the e-mail, never the notice.
 */
@SsaIntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "ssa.notifications.mail.from=planner@ssa.example", "ssa.notifications.mail.base-url=https://ssa.example/"})
class NotificationMailIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    UserAccountService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    NotificationService notifications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JavaMailSender mailSender;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aNoticeGoesByEMailToEachRecipientWithAnAddress() throws Exception {
        long dsca = agency("DSCA");
        CurrentUser withAddress = planner(dsca, "dsca.planner@ssa.example");
        CurrentUser withoutAddress = planner(dsca, null);
        String title = PlanningFixtures.unique("Coast guard training ");

        raise(title, dsca);

        // every planner of DSCA with an address gets it (planners of other tests too): the one of this test once
        await().atMost(WAIT).until(() -> !received(title, "dsca.planner@ssa.example").isEmpty()
                && !inbox(withoutAddress).isEmpty());
        List<MimeMessage> mine = received(title, "dsca.planner@ssa.example");
        assertThat(mine).hasSize(1);
        MimeMessage message = mine.get(0);
        assertThat(message.getFrom()).extracting(Object::toString).containsExactly("planner@ssa.example");
        assertThat(subject(message)).isEqualTo("SSA Planner: New blocking finding: " + title);
        assertThat(GreenMailUtil.getBody(message)).contains("FAA 660: Assistance to police is prohibited",
                "https://ssa.example/programs/4343");
        assertThat(inbox(withAddress)).extracting(NotificationView::subject).contains(title);
        assertThat(inbox(withoutAddress)).extracting(NotificationView::subject).as("in the inbox all the same")
                .contains(title);
    }

    @Test
    void aMailServerThatDoesNotAnswerLosesTheEMailNotTheNotice() {
        SMTP.stop();
        long dsca = agency("DSCA");
        CurrentUser planner = planner(dsca, "dsca.other@ssa.example");
        String title = PlanningFixtures.unique("Port security ");

        raise(title, dsca);

        await().atMost(WAIT).until(() -> inbox(planner).stream().anyMatch(n -> n.subject().equals(title)));
        // the listener ended normally: its publication is completed (and deleted), not left to be retried
        await().atMost(WAIT).until(() -> jdbc.queryForObject("select count(*) from event_publication"
                + " where serialized_event like ?", Long.class, "%" + title + "%") == 0);
    }

    private static List<MimeMessage> received(String title, String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).contains(title))
                .filter(m -> to(m).contains(address)).toList();
    }

    private static List<String> to(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void raise(String title, long agency) {
        transactions.executeWithoutResult(status -> events.publishEvent(new BlockingFindingRaised(4343L, title,
                1L, agency, 1L, "FAA 660", "Assistance to police is prohibited")));
    }

    private long agency(String code) {
        TestUsers.signInAs("admin", 1L, Role.ADMIN);
        return agencies.activeAgencies().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().id();
    }

    private CurrentUser planner(long agency, String email) {
        TestUsers.signInAs("admin", 1L, Role.ADMIN);
        CreatedUser created = users.create(new UserCommand(PlanningFixtures.unique("m").toLowerCase(),
                "Mail planner", email, null, agency, Set.of(Role.PLANNER)));
        TestUsers.signOut();
        return TestUsers.user(created.id(), created.username(), agency, Role.PLANNER);
    }

    private List<NotificationView> inbox(CurrentUser who) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            TestUsers.signIn(who);
            return notifications.inbox(PageRequest.of(0, 50)).getContent();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
