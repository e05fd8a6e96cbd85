using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace RealistGraph.IntegrationTests.Access;

/// <summary>GraphQL over a given client, and what a refusal says.</summary>
public static class AccessReplies
{
    public const string CreateStudy = """mutation { createStudy(input: {id: "keyed-study", title: "Made with a key"}) { id } }""";
    public const string CountStudies = "{ studies { totalCount } }";

    public static async Task<JsonElement> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>POSTs accepting <paramref name="accept"/>: the HTTP status, the <c>WWW-Authenticate</c> challenge, the media type and the body.</summary>
    public static async Task<HttpReply> SendAsync(HttpClient client, string query, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        using var response = await client.SendAsync(request);
        return new HttpReply(
            response.StatusCode,
            response.Headers.WwwAuthenticate.ToString(),
            response.Content.Headers.ContentType?.MediaType,
            JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>The reply's only error (code, message); fails when the request ran.</summary>
    public static (string Code, string Message) Refusal(JsonElement reply)
    {
        Assert.True(reply.TryGetProperty("errors", out var errors), "expected a refusal, got " + reply);
        var error = Assert.Single(errors.EnumerateArray());
        Assert.False(reply.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, "a refused request has no data: " + reply);
        return (error.GetProperty("extensions").GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }

    public static JsonElement Data(JsonElement reply)
    {
        Assert.False(reply.TryGetProperty("errors", out var errors), "GraphQL errors: " + errors);
        return reply.GetProperty("data");
    }
}

public sealed record HttpReply(HttpStatusCode Status, string Challenge, string? MediaType, JsonElement Body);
