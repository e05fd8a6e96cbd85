using System.Net;
using System.Text;
using System.Text.Json;

namespace RealistGraph.IntegrationTests.Uploads;

/// <summary>Posts GraphQL multipart requests (the upload convention) and base64 requests to the real service.</summary>
internal static class UploadClient
{
    public const string ImportMutation = "mutation($file: StudyFileInput!) { importStudy(file: $file) { studyId change summary notes } }";

    public const string ValidateMutation = """
        mutation($file: StudyFileInput!) {
          validateStudy(file: $file) { valid studyId title contents notes problems { path message line column } storedStudy { id } }
        }
        """;

    public sealed record Part(string Name, string FileName, byte[] Bytes);

    /// <summary>One file (and its mapping, when given) uploaded as <c>$file.content</c> / <c>$file.mapping</c>.</summary>
    public static Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(HttpClient http, string query, string fileName, byte[] content, byte[]? mapping = null)
    {
        var map = mapping is null
            ? """{"0": ["variables.file.content"]}"""
            : """{"0": ["variables.file.content"], "1": ["variables.file.mapping"]}""";
        var parts = new List<Part> { new("0", fileName, content) };
        if (mapping is not null)
        {
            parts.Add(new("1", "mapping.yaml", mapping));
        }

        return PostAsync(http, JsonSerializer.Serialize(new { query, variables = new { file = new { name = fileName, content = (string?)null } } }), map, parts);
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(
        HttpClient http, string operations, string map, IEnumerable<Part> parts, bool preflight = true)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(operations, Encoding.UTF8), "operations");
        content.Add(new StringContent(map, Encoding.UTF8), "map");
        foreach (var part in parts)
        {
            content.Add(new ByteArrayContent(part.Bytes), part.Name, part.FileName);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        if (preflight)
        {
            request.Headers.Add("GraphQL-Require-Preflight", "1");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>The same file in base64 through an ordinary JSON request.</summary>
    public static async Task<JsonElement> Base64Async(HttpClient http, string query, string fileName, byte[] content, byte[]? mapping = null)
    {
        var file = new Dictionary<string, object?> { ["name"] = fileName, ["contentBase64"] = Convert.ToBase64String(content) };
        if (mapping is not null)
        {
            file["mappingBase64"] = Convert.ToBase64String(mapping);
        }

        using var response = await http.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query, variables = new { file } }), Encoding.UTF8, "application/json"));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static string Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    public static string Message(JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString()!;
}
