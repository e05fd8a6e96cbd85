namespace RealistGraph.Api.GraphQL.Auth;

/// <summary>The credential of an <c>Authorization: Bearer ...</c> header.</summary>
public static class BearerCredential
{
    public static string? Of(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }

    /// <summary>A JWT has three dot-separated parts; our keys have none.</summary>
    public static bool LooksLikeJwt(string? credential) => credential is not null && credential.Count(c => c == '.') == 2;
}
