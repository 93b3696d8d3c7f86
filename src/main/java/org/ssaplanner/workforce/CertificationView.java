package org.ssaplanner.workforce;

import java.time.LocalDate;

/** A certification a person holds. */
public record CertificationView(long id, long areaId, String areaName, long levelId, String levelName, int levelRank,
        LocalDate certifiedOn, LocalDate expiresOn) {
}
