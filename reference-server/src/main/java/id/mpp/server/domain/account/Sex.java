package id.mpp.server.domain.account;

/** The sex encoded in a NIK: women's birth day is written with 40 added. */
public enum Sex {
    MALE,
    FEMALE
}
