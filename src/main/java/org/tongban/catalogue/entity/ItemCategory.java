package org.tongban.catalogue.entity;

/** The kind of administrative act, the first part of an item code. */
public enum ItemCategory {
    /** 行政许可 licence or permit. */
    XK,
    /** 行政确认 confirmation or registration. */
    QR,
    /** 行政给付 benefit payment. */
    JF,
    /** 公共服务 public service. */
    GG,
    /** 行政备案 filing. */
    BA
}
