package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.ssaplanner.TestUsers;

/** The real SIPRI trade register imported (as an administrator), for tests of other packages that show it. */
public final class SipriRegisterFixture {

    private SipriRegisterFixture() {
    }

    /** Imports the register (identical to the stored one, it is recorded at once) and signs out again. */
    public static void importRegister(ImportService imports) {
        try {
            ImportDetail detail = ImportFixtures.importAndWait(imports, SharedData.sipriTradeRegister());
            assertThat(detail.status()).as(detail.messageKey()).isEqualTo(ImportStatus.SUCCEEDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TestUsers.signOut();
        }
    }
}
