package org.tongban.jurisdiction.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScopeTest {

    private static final Scope GUANGDONG = new Scope(Scope.Kind.SUBTREE, "440000", "44", null);
    private static final Scope NANSHAN = new Scope(Scope.Kind.SUBTREE, "440305", "440305", null);

    @Test
    void aSubtreeIncludesItselfAndEverythingBelowOnly() {
        assertTrue(GUANGDONG.includes("440000"));
        assertTrue(GUANGDONG.includes("440305"));
        assertFalse(GUANGDONG.includes("110108"));
        assertTrue(NANSHAN.includes("440305"));
        assertFalse(NANSHAN.includes("440300"), "the city above a county is outside it");
        assertEquals("44%", GUANGDONG.codePattern());
    }

    @Test
    void everythingIncludesEveryCodeAndCitizensSeeNoJurisdictionAsAWhole() {
        assertTrue(Scope.everything().includes("650000"));
        assertEquals("%", Scope.everything().codePattern());
        Scope own = Scope.ownRecords(42);
        assertFalse(own.includes("440305"));
        assertEquals("-", own.codePattern(), "a pattern no division code matches");
        assertFalse(Scope.nothing().includes("440305"));
    }
}
