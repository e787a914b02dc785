package org.spinepath.notification.domain;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A red flag (pathways.md section 4) and the case findings that raised it. */
public record FlagFindings(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z_]{1,63}", message = "must be a flag name such as CAUDA_EQUINA") String flag,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> findings) {
}
