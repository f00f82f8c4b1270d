package consumer.docs.recipes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** A MicroProfile REST Client interface for RunRecipes' loopback server. */
@Path("/")
public interface Items {
    @GET
    @Path("items")
    String list();

    @POST
    @Path("cloudflare")
    String add(String item);
}
