package org.tongban.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

final class Deployments {

    /** The real WAR built by {@code mvn package} (failsafe runs after the package phase). */
    static WebArchive portal() {
        File war = new File("target/tongban.war");
        if (!war.isFile()) {
            throw new IllegalStateException(war.getAbsolutePath() + " not found: run `mvn package` first");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    private Deployments() {
    }
}
