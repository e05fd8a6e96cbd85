namespace RealistGraph.Api.GraphQL.Http;

/// <summary>
/// The bodies a POST may carry. None of them is a type a browser sends cross-site without a CORS preflight
/// (text/plain, application/x-www-form-urlencoded and multipart/form-data are), so a page on another site cannot
/// run a mutation with the user's network position: cross-site request forgery is refused with 415. File uploads
/// (multipart/form-data) are taken only with the <see cref="PreflightHeader"/> header, which no form can send.
/// </summary>
public static class RequestMediaTypes
{
    public const string Json = "application/json";
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string GraphQL = "application/graphql";
    public const string Multipart = "multipart/form-data";

    /// <summary>A header a browser sends cross-site only after a CORS preflight (the name GraphQL.NET's server uses too).</summary>
    public const string PreflightHeader = "GraphQL-Require-Preflight";

    public static bool IsAccepted(string? contentType) =>
        MediaType(contentType) is Json or GraphQLResponse or GraphQL;

    public static bool IsMultipart(string? contentType) => MediaType(contentType) == Multipart;

    public static bool HasPreflightHeader(HttpRequest request) =>
        request.Headers.TryGetValue(PreflightHeader, out var value) && !string.IsNullOrWhiteSpace(value.ToString());

    public static bool IsGraphQLText(string? contentType) => MediaType(contentType) == GraphQL;

    private static string? MediaType(string? contentType) =>
        contentType is null ? null : contentType.Split(';', 2)[0].Trim().ToLowerInvariant();
}
