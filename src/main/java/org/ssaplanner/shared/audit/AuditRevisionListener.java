package org.ssaplanner.shared.audit;

import org.hibernate.envers.RevisionListener;
import org.ssaplanner.shared.security.CurrentUsers;

public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setChangedBy(CurrentUsers.currentUsernameOrSystem());
    }
}
