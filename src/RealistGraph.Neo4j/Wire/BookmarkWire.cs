using System.Text;
using System.Text.Json;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Wire;

/// <summary>
/// Where Neo4j's HTTP APIs carry bookmarks (causal consistency in a cluster or on Aura):
/// the Query API takes <c>"bookmarks": [...]</c> in the body of a request that starts a transaction and answers with
/// <c>"bookmarks"</c>; the transactional API of 4.x/5.x takes a <c>Bookmarks</c> header (a JSON array) on a request
/// that starts a transaction and answers a commit with <c>"lastBookmarks"</c>. Neo4j 3.x has neither.
/// </summary>
public static class BookmarkWire
{
    public const string HeaderName = "Bookmarks";

    /// <summary>The bookmarks of a reply: <c>bookmarks</c> (Query API) or <c>lastBookmarks</c> (transactional API).</summary>
    public static IReadOnlyList<string> Read(JsonElement reply)
    {
        if (reply.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var found = reply.TryGetProperty("bookmarks", out var b) ? b : reply.TryGetProperty("lastBookmarks", out var lb) ? lb : default;
        return found.ValueKind == JsonValueKind.Array
            ? found.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
    }

    /// <summary>Whether a request starts a transaction (auto-commit, or the begin of an explicit one).</summary>
    public static bool StartsTransaction(HttpMethod method, string path, ServerEndpoints? endpoints) =>
        method == HttpMethod.Post && endpoints is not null && endpoints.Api != CypherApi.Transactional3
        && (Same(path, endpoints.AutoCommitPath) || Same(path, endpoints.BeginPath));

    /// <summary>A Query API body with <c>"bookmarks"</c> added as its first member.</summary>
    public static byte[] AddToBody(byte[] body, IReadOnlyList<string> bookmarks)
    {
        var text = Encoding.UTF8.GetString(body).TrimStart();
        if (bookmarks.Count == 0 || !text.StartsWith('{'))
        {
            return body;
        }

        var rest = text[1..].TrimStart();
        var member = "\"bookmarks\":" + JsonSerializer.Serialize(bookmarks);
        return Encoding.UTF8.GetBytes("{" + member + (rest.StartsWith('}') ? "" : ",") + rest);
    }

    /// <summary>The value of the transactional API's <c>Bookmarks</c> header: a JSON array of strings.</summary>
    public static string HeaderValue(IReadOnlyList<string> bookmarks) => JsonSerializer.Serialize(bookmarks);

    /// <summary>Adds the scope's bookmarks to a request that starts a transaction, in the form its API takes.</summary>
    internal static byte[]? Attach(HttpRequestMessage request, string path, byte[]? body, ServerEndpoints? endpoints)
    {
        if (BookmarkScope.Current?.Latest is not { Count: > 0 } bookmarks || !StartsTransaction(request.Method, path, endpoints))
        {
            return body;
        }

        if (endpoints!.Api == CypherApi.QueryV2)
        {
            return body is null ? body : AddToBody(body, bookmarks);
        }

        request.Headers.TryAddWithoutValidation(HeaderName, HeaderValue(bookmarks));
        return body;
    }

    /// <summary>Moves the current scope on to the bookmarks of a reply.</summary>
    internal static void Observe(JsonElement reply) => BookmarkScope.Current?.Advance(Read(reply));

    private static bool Same(string a, string b) => string.Equals(a.TrimStart('/').TrimEnd('/'), b.TrimStart('/').TrimEnd('/'), StringComparison.Ordinal);
}
