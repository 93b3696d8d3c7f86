package org.ssaplanner.accounts;

/** What a personal access token may do: read (GET and HEAD only), or read and write. */
public enum TokenScope {
    READ,
    READ_WRITE;

    /** The authority a request made with a token of this scope carries besides the user's roles. */
    public String authority() {
        return this == READ ? "SCOPE_read" : "SCOPE_write";
    }
}
