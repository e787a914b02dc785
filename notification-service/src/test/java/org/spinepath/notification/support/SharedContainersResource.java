package org.spinepath.notification.support;

import java.util.Map;
import java.util.function.Supplier;

import org.spinepath.testing.SpinePathContainers;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the JVM's shared containers before any other test resource, with the system class
 * loader as the thread's context loader. The shared containers live in the system class loader
 * (see platform-testing's SharedServices), and Testcontainers finds its Docker client strategies
 * through the context loader: under Quarkus' test class loader it would load a second copy of
 * them and fail with "not a subtype".
 */
public class SharedContainersResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        withSystemContextLoader(() -> {
            SpinePathContainers.postgres();
            SpinePathContainers.kafka();
            SpinePathContainers.keycloak();
            return SpinePathContainers.smtp();
        });
        return Map.of();
    }

    @Override
    public int order() {
        return -1000;
    }

    @Override
    public void stop() {
        // The containers belong to the JVM.
    }

    private static <T> T withSystemContextLoader(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
