package org.ssaplanner.workforce.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.ssaplanner.workforce.CertificationCommand;

/** The form that records a certification on a person's page. */
class CertificationForm {

    static final String[] FIELDS = {"areaId", "levelId", "certifiedOn", "expiresOn"};

    @NotNull
    private Long areaId;

    @NotNull
    private Long levelId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate certifiedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    CertificationCommand toCommand() {
        return new CertificationCommand(areaId, levelId, certifiedOn, expiresOn);
    }

    /** The expiry cannot come before the date (also checked by the service). */
    boolean datesInOrder() {
        return certifiedOn == null || expiresOn == null || !expiresOn.isBefore(certifiedOn);
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public Long getLevelId() {
        return levelId;
    }

    public void setLevelId(Long levelId) {
        this.levelId = levelId;
    }

    public LocalDate getCertifiedOn() {
        return certifiedOn;
    }

    public void setCertifiedOn(LocalDate certifiedOn) {
        this.certifiedOn = certifiedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
