package org.ssaplanner.countryteam.web;

import java.util.LinkedHashSet;
import java.util.Set;

/** The plan's points of contact, chosen among its country's team. */
class ContactsForm {

    static final String[] FIELDS = {"memberIds"};

    private Set<Long> memberIds = new LinkedHashSet<>();

    public Set<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(Set<Long> memberIds) {
        this.memberIds = memberIds == null ? new LinkedHashSet<>() : memberIds;
    }
}
