using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace RealistGraph.IntegrationTests.Access;

/// <summary>
/// A second instance of the real service, set up as the image is (anonymous reading off) and with JWT bearer on:
/// tokens of a made-up issuer, signed here with a key the service is given in place of the issuer's published keys,
/// so no network is needed. Its "groups" claim maps "qual-editors" to editor and "qual-readers" to reader.
/// </summary>
public sealed class LockedDownHost : IAsyncLifetime
{
    public const string Issuer = "https://sso.example.invalid/realm";
    public const string Audience = "realist-graph";

    private readonly SymmetricSecurityKey _signingKey = new(RandomNumberGenerator.GetBytes(32)) { KeyId = "test-key" };
    private WebApplicationFactory<Program> _factory = null!;

    public IServiceProvider Services => _factory.Services;

    public Task InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("NEO4J_URL", Environment.GetEnvironmentVariable("NEO4J_URL"));
            web.UseSetting("NEO4J_PASSWORD", Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "");
            web.UseSetting("Realist:LoadSamples", "false");
            web.UseSetting("Realist:AnonymousRead", "false");
            web.UseSetting("Realist:Jwt:Authority", Issuer);
            web.UseSetting("Realist:Jwt:Audience", Audience);
            web.UseSetting("Realist:Jwt:RoleClaim", "groups");
            web.UseSetting("Realist:Jwt:Roles:qual-editors", "editor");
            web.UseSetting("Realist:Jwt:Roles:qual-readers", "reader");
            web.ConfigureTestServices(services => services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                // What the issuer's discovery document would say; given here so that nothing is fetched.
                var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
                configuration.SigningKeys.Add(_signingKey);
                o.Configuration = configuration;
            }));
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public HttpClient ClientWith(string? bearer)
    {
        var client = _factory.CreateClient();
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    /// <summary>A token for <paramref name="subject"/> with the given groups, signed with <paramref name="key"/> (the trusted key when null).</summary>
    public string Token(string subject, string[] groups, SecurityKey? key = null, string audience = Audience)
    {
        var identity = new ClaimsIdentity([new Claim("sub", subject), .. groups.Select(g => new Claim("groups", g))]);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = identity,
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(key ?? _signingKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
