package org.tradedeal.tradedata;

/** The legal authority a tariff rests on. */
public enum Authority {
    IEEPA_RECIPROCAL,
    SECTION_122,
    SECTION_232,
    SECTION_301,
    MFN,
    OTHER
}
