package org.spinepath.common.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Checks every JSON request body against {@link JsonBodyLimits} before it is bound to a type; a
 * body within the bounds is handed on unchanged.
 */
@Provider
public class RequestLimits implements ReaderInterceptor {

    private final JsonBodyLimits limits;

    public RequestLimits(JsonBodyLimits limits) {
        this.limits = limits;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = limits.readBounded(context.getInputStream());
        limits.check(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
