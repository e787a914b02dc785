package org.spinepath.content.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.spinepath.content.config.Roles;
import org.spinepath.content.service.Tagged;

import io.quarkus.security.identity.SecurityIdentity;

/** Conditional GET and caller facts shared by the resources. */
final class Http {

    private Http() {
    }

    /**
     * 304 when the client's {@code If-None-Match} still matches, else 200 with the body. Either way
     * the response carries the ETag and asks caches to revalidate, because a version's status (and
     * which version is current) can change.
     */
    static Response conditional(Request request, Tagged<?> tagged) {
        EntityTag tag = new EntityTag(tagged.etag());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        return Response.ok(tagged.body()).tag(tag).cacheControl(cache).build();
    }

    /** Editorial staff also see drafts and versions under review. */
    static boolean staff(SecurityIdentity identity) {
        return identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.REVIEWER) || identity.hasRole(Roles.ADMIN);
    }

    static String user(SecurityIdentity identity) {
        return identity.getPrincipal().getName();
    }
}
