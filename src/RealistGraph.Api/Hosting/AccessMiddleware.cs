using Microsoft.Extensions.Options;
using RealistGraph.Api.GraphQL.Auth;
using RealistGraph.Neo4j.Changes;

namespace RealistGraph.Api.Hosting;

public static class AccessMiddleware
{
    /// <summary>Authenticates every request and makes its caller the actor of the changes it makes; says at start whether anonymous reading is on.</summary>
    public static WebApplication UseRealistAccess(this WebApplication app)
    {
        var access = app.Services.GetRequiredService<IOptions<AccessOptions>>().Value;
        if (access.AnonymousRead)
        {
            app.Logger.LogWarning("Anonymous reading is ON: anyone who reaches this service can run queries; mutations need an editor key.");
        }
        else
        {
            app.Logger.LogInformation("Anonymous reading is off: queries need a reader key, mutations an editor key.");
        }
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(async (http, next) =>
        {
            using (ChangeActor.Begin(RealistPrincipal.ActorOf(http.User)))
            {
                await next(http);
            }
        });
        return app;
    }
}
