package id.mpp.server.storage.account;

/** Who holds an account: a citizen, or an officer of an agency (whose tokens carry the agency). */
public enum AccountKind {
    CITIZEN,
    OFFICER
}
