namespace RealistGraph.Api.GraphQL.Http;

/// <summary>
/// The bodies a POST may carry. None of them is a type a browser sends cross-site without a CORS preflight
/// (text/plain, application/x-www-form-urlencoded and multipart/form-data are), so a page on another site cannot
/// run a mutation with the user's network position: cross-site request forgery is refused with 415.
/// </summary>
public static class RequestMediaTypes
{
    public const string Json = "application/json";
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string GraphQL = "application/graphql";

    public static bool IsAccepted(string? contentType) =>
        MediaType(contentType) is Json or GraphQLResponse or GraphQL;

    public static bool IsGraphQLText(string? contentType) => MediaType(contentType) == GraphQL;

    private static string? MediaType(string? contentType) =>
        contentType is null ? null : contentType.Split(';', 2)[0].Trim().ToLowerInvariant();
}
