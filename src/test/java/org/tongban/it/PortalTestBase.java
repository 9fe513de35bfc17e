package org.tongban.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every API integration test stands on: the real WAR on Payara Micro, and an HTTP client for it. */
@ExtendWith(ArquillianExtension.class)
abstract class PortalTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL deployment;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }
}
