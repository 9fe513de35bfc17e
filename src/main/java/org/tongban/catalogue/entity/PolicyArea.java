package org.tongban.catalogue.entity;

/** The policy areas the national catalogue is organised by; names come from the resource bundles. */
public enum PolicyArea {
    BUSINESS, FOOD_DRUG, LABOUR, PUBLIC_HEALTH, EDUCATION, ENVIRONMENT, WILDLIFE, FINANCIAL, SOCIAL_SECURITY,
    HOUSEHOLD, TRANSPORT, CONSTRUCTION, RELIGION_ETHNIC, CIVIL_AFFAIRS
}
