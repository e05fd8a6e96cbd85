using System.Net.Security;

namespace RealistGraph.Neo4j.Client;

/// <summary>The HTTP handler of the connection: pooled connections renewed every 5 minutes (so DNS changes of a
/// cluster or Aura are seen), and for <c>+ssc</c> URIs a certificate check that accepts a self-signed certificate.</summary>
internal static class Neo4jHttpHandler
{
    public static SocketsHttpHandler Create(Neo4jOptions options)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (options.TrustSelfSignedCertificate)
        {
            // neo4j+ssc:// : encrypted, the certificate's chain is not verified (self-signed); its name still must match.
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, errors) =>
                errors is SslPolicyErrors.None or SslPolicyErrors.RemoteCertificateChainErrors;
        }

        return handler;
    }
}
