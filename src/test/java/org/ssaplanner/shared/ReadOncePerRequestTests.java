package org.ssaplanner.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class ReadOncePerRequestTests {

    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void leaveRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aGetReadsEachKeyOnce() {
        enter("GET");
        assertThat(ReadOncePerRequest.get("plan.1", this::read)).isEqualTo("read 1");
        assertThat(ReadOncePerRequest.get("plan.1", this::read)).isEqualTo("read 1");
        assertThat(ReadOncePerRequest.get("plan.2", this::read)).isEqualTo("read 2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aHeadReadsOnceToo() {
        enter("HEAD");
        ReadOncePerRequest.get("plan.1", this::read);
        ReadOncePerRequest.get("plan.1", this::read);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aPostReadsEveryTimeSinceItMayHaveChangedWhatItReads() {
        enter("POST");
        assertThat(ReadOncePerRequest.get("plan.1", this::read)).isEqualTo("read 1");
        assertThat(ReadOncePerRequest.get("plan.1", this::read)).isEqualTo("read 2");
    }

    @Test
    void outsideARequestEveryCallReads() {
        ReadOncePerRequest.get("plan.1", this::read);
        ReadOncePerRequest.get("plan.1", this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void nothingIsKeptForNull() {
        enter("GET");
        assertThat(ReadOncePerRequest.<String>get("missing", () -> {
            reads.incrementAndGet();
            return null;
        })).isNull();
        ReadOncePerRequest.get("missing", () -> {
            reads.incrementAndGet();
            return null;
        });
        assertThat(reads).hasValue(2);
    }

    @Test
    void eachRequestReadsAgain() {
        enter("GET");
        ReadOncePerRequest.get("plan.1", this::read);
        enter("GET");
        assertThat(ReadOncePerRequest.get("plan.1", this::read)).isEqualTo("read 2");
    }

    private String read() {
        return "read " + reads.incrementAndGet();
    }

    private static void enter(String method) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(method, "/")));
    }
}
