package org.tongban.identity.entity;

/** What a citizen fills in to open an account; validated as a whole by the enrolment. */
public record CitizenRegistration(String username, String name, String residentId, String mobile, String email,
        String password, String residenceCode) {

    @Override
    public String toString() {
        return "CitizenRegistration[" + username + "]";
    }
}
