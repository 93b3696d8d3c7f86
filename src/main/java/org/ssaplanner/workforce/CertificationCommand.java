package org.ssaplanner.workforce;

import java.time.LocalDate;

/** A certification to record on a person. */
public record CertificationCommand(Long areaId, Long levelId, LocalDate certifiedOn, LocalDate expiresOn) {
}
