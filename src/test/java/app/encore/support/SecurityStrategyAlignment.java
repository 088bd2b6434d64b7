package app.encore.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several Spring contexts live in one test JVM (mock web, random port, PostgreSQL), and each sets
 * Vaadin's security-context strategy as the global one when it starts. Before each test, make the
 * global strategy the running test's own again, so {@code @WithMockUser} and the code under test
 * (which reads {@link SecurityContextHolder}) see the same signed-in user. Production has one context.
 */
public class SecurityStrategyAlignment implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    /** Before Spring Security's listener that installs {@code @WithMockUser}'s user. */
    @Override
    public int getOrder() {
        return 9_000;
    }
}
