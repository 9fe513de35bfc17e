package org.tongban.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("a long and private sentence"));
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("Tongban-demo-2026"));
    }

    @Test
    void shortPasswordsAreRefused() {
        assertEquals(Optional.of("identity.password.short"), PasswordPolicy.problemWith("Xk9#mQ2!pL4"));
    }

    @Test
    void commonPasswordsAndTheirVariantsAreRefusedWhateverTheCase() {
        for (String common : new String[] {"123456789012", "Password1234", "qwertyuiop123", "WOAINI1314520", "1qaz2wsx3edc",
                "aaaaaaaaaaaaaaa", "abababababab"}) {
            assertEquals(Optional.of("identity.password.common"), PasswordPolicy.problemWith(common), common);
        }
    }

    @Test
    void passwordsContainingTheAccountsOwnDataAreRefused() {
        assertEquals(Optional.of("identity.password.personal"),
                PasswordPolicy.problemWith("li.ming is my name", "li.ming", "44030519900101123X"));
        assertEquals(Optional.of("identity.password.personal"),
                PasswordPolicy.problemWith("my number 13800138000", "someone", null, "13800138000"));
    }
}
