package org.ssaplanner.securitylog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The "what" of an event, stored as a JSON object with sorted keys (so the stored text, and its hash, are stable). */
final class SecurityEventDetails {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    private SecurityEventDetails() {
    }

    static String toJson(Map<String, String> details) {
        return JSON.writeValueAsString(new TreeMap<>(details));
    }

    /** The stored details; text that is not a JSON object of strings (never written by the app) is shown whole. */
    static Map<String, String> fromJson(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (RuntimeException e) {
            return Map.of("text", json);
        }
    }
}
