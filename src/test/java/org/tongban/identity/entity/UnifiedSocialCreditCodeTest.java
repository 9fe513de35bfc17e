package org.tongban.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

    @Test
    void publishedCodesAreValid() {
        // the example of GB 32100-2015 and a published enterprise code
        assertEquals(Optional.empty(), UnifiedSocialCreditCode.problemWith("91350100M000100Y43"));
        assertEquals(Optional.empty(), UnifiedSocialCreditCode.problemWith("91110000802100433B"));
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertEquals(Optional.of("identity.creditCode.checksum"), UnifiedSocialCreditCode.problemWith("91350100M000100Y44"));
    }

    @Test
    void lettersOutsideTheAlphabetAndWrongLengthsAreRefused() {
        assertEquals(Optional.of("identity.creditCode.format"), UnifiedSocialCreditCode.problemWith("91350100M000100I43"));
        assertEquals(Optional.of("identity.creditCode.format"), UnifiedSocialCreditCode.problemWith("91350100M000100Y4"));
        assertEquals(Optional.of("identity.creditCode.format"), UnifiedSocialCreditCode.problemWith("9135A100M000100Y43"));
    }
}
