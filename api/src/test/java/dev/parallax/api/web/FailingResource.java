package dev.parallax.api.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A resource that fails the way a bug would, to test what a client then sees. Test sources only. */
@Path("/test-only/failure")
public class FailingResource {

    static final String INTERNAL = "index 7 out of bounds in dev.parallax.secret.Internals";

    @GET
    public String fail() {
        throw new IllegalStateException(INTERNAL);
    }
}
