package org.tongban.cases.entity;

/** Who may take an action: the applicant, or the office deciding the case. */
public enum Party {
    APPLICANT, OFFICE
}
