package org.ssaplanner.compliance;

import java.time.LocalDate;

public record NotificationView(long id, long programId, long authorityId, LocalDate filedOn, String reference,
        String recordedBy) {
}
