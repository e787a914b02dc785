package org.spinepath.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SpinePathImagesTest {

    @Test
    void missingImageFailsWithTheCommandThatBuildsIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SpinePathImages.requireLocalImage("spinepath/not-built:0"));
        assertEquals("image spinepath/not-built:0 missing: run ./deploy/images/build-images.sh"
                + " (tests never pull images; another image can be named with the spinepath.image.* properties)",
                e.getMessage());
    }

    @Test
    void systemPropertyNamesAnotherImage() {
        System.setProperty("spinepath.image.test-only", "registry.hospital.example/postgres:15");
        try {
            assertEquals("registry.hospital.example/postgres:15",
                    SpinePathImages.name("spinepath.image.test-only", "spinepath/postgres:15"));
        } finally {
            System.clearProperty("spinepath.image.test-only");
        }
        assertEquals("spinepath/postgres:15", SpinePathImages.name("spinepath.image.test-only", "spinepath/postgres:15"));
    }
}
