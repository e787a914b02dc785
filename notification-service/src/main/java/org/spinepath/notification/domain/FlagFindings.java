package org.spinepath.notification.domain;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A red flag (pathways.md section 4) and the case findings that raised it. {@code stage} is set
 * only where the contract stages the flag (CAUDA_EQUINA, from contract version 2); events of
 * version 1 have none. Attributes added by later versions of the event are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlagFindings(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z_]{1,63}", message = "must be a flag name such as CAUDA_EQUINA") String flag,
        @Pattern(regexp = "[A-Z][A-Z_]{1,39}", message = "must be a stage name such as INCOMPLETE") String stage,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> findings) {

    public FlagFindings(String flag, List<String> findings) {
        this(flag, null, findings);
    }
}
