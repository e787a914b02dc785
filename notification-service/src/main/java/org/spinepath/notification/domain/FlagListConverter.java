package org.spinepath.notification.domain;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores a referral's flags with their findings as one JSON document. */
@Converter
public class FlagListConverter implements AttributeConverter<List<FlagFindings>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<FlagFindings>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<FlagFindings> flags) {
        try {
            return JSON.writeValueAsString(flags == null ? List.of() : flags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store flags", e);
        }
    }

    @Override
    public List<FlagFindings> convertToEntityAttribute(String json) {
        try {
            return json == null ? List.of() : List.copyOf(JSON.readValue(json, TYPE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored flags are not readable", e);
        }
    }
}
