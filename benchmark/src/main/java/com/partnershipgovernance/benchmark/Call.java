package com.partnershipgovernance.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request of a load run, described rather than built, so the generator's own client sends it.
 *
 * @param method  GET or POST
 * @param url     absolute URL
 * @param headers request headers
 * @param body    the JSON body of a POST, or {@code null}
 */
public record Call(String method, String url, Map<String, String> headers, String body) {

    public Call {
        headers = Map.copyOf(headers);
    }

    /** A GET accepting JSON, with a bearer token. */
    public static Call get(String url, String token) {
        return new Call("GET", url, Map.of("Authorization", "Bearer " + token, "Accept", "application/json"), null);
    }

    /** A POST of a JSON body, with a bearer token and the extra headers given. */
    public static Call post(String url, String token, String json, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("Authorization", "Bearer " + token);
        headers.put("Accept", "application/json");
        headers.put("Content-Type", "application/json");
        return new Call("POST", url, headers, json);
    }
}
