package org.tongban.catalogue.entity;

/** The kinds of application form field, each with its own server-side validation. */
public enum FieldType {
    TEXT, NUMBER, DATE, CHOICE, RESIDENT_ID, CREDIT_CODE, ADDRESS
}
