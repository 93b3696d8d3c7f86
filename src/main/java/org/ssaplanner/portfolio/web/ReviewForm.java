package org.ssaplanner.portfolio.web;

import org.ssaplanner.portfolio.ReviewCommand;
import org.ssaplanner.portfolio.ReviewScope;

/** A review to open. */
class ReviewForm {

    static final String[] FIELDS = {"scope", "planId", "regionId", "fiscalYear", "title"};

    private ReviewScope scope = ReviewScope.PLAN;
    private Long planId;
    private Long regionId;
    private Integer fiscalYear;
    private String title;

    ReviewCommand toCommand() {
        return new ReviewCommand(scope, planId, regionId, fiscalYear, title);
    }

    public ReviewScope getScope() {
        return scope;
    }

    public void setScope(ReviewScope scope) {
        this.scope = scope;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(Integer fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
