package org.tongban.platform.control;

/** Names shared by everything that reaches the database. */
public final class Database {

    /** The application's JTA datasource, declared in web.xml from the {@code tongban.db.*} settings. */
    public static final String JNDI_NAME = "java:app/jdbc/tongban";

    /** The JPA persistence unit. */
    public static final String UNIT = "tongban";

    private Database() {
    }
}
