package org.tongban.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResidentIdentityNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void theStandardsOwnExampleIsValid() {
        // the example of GB 11643-1999, check character X
        assertEquals(Optional.empty(), ResidentIdentityNumber.problemWith("11010519491231002X", TODAY));
        var number = new ResidentIdentityNumber("11010519491231002X");
        assertEquals("110105", number.divisionOfRegistration());
        assertEquals(LocalDate.of(1949, 12, 31), number.birthDate());
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertEquals(Optional.of("identity.residentId.checksum"), ResidentIdentityNumber.problemWith("110105194912310021", TODAY));
        assertThrows(IllegalArgumentException.class, () -> new ResidentIdentityNumber("110105194912310021"));
    }

    @Test
    void impossibleOrFutureBirthDatesAreRefused() {
        assertEquals(Optional.of("identity.residentId.birthDate"), ResidentIdentityNumber.problemWith("110105194902301234", TODAY));
        assertEquals(Optional.of("identity.residentId.birthDate"), ResidentIdentityNumber.problemWith("110105203001011234", TODAY));
    }

    @Test
    void theShapeIsChecked() {
        for (String bad : new String[] {null, "", "11010519491231002", "11010519491231002Y", "A1010519491231002X"}) {
            assertEquals(Optional.of("identity.residentId.format"), ResidentIdentityNumber.problemWith(bad, TODAY), bad);
        }
    }

    @Test
    void aLowerCaseXAndSpacesAreAcceptedAsTyped() {
        assertEquals("11010519491231002X", ResidentIdentityNumber.normalize(" 11010519491231002x "));
    }

    @Test
    void itIsShownMaskedOnly() {
        var number = new ResidentIdentityNumber("11010519491231002X");
        assertEquals("110***********002X", number.masked());
        assertTrue(number.toString().contains("***"));
    }
}
