using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace RealistGraph.Api.GraphQL.Uploads;

/// <summary>
/// Reads a GraphQL multipart request (github.com/jaydenseric/graphql-multipart-request-spec): a part
/// <c>operations</c> (the request as JSON, files as nulls), a part <c>map</c> (which file part goes to which
/// variable path) and the file parts. Everything is bounded before it is buffered: part headers, the JSON parts'
/// sizes, the number of files and each file's size (<see cref="UploadLimits"/>). One operation per request.
/// </summary>
public static class MultipartGraphQLRequest
{
    public static async Task<GraphQLRequest> ReadAsync(HttpRequest request, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        var boundary = Boundary(request.ContentType) ?? throw UploadRefusedException.BadRequest("the Content-Type has no boundary.");
        var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024 };
        GraphQLRequest? operations = null;
        Dictionary<string, string[]>? map = null;
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                var disposition = ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var parsed) ? parsed : null;
                var name = disposition?.Name.Value?.Trim('"');
                if (string.IsNullOrEmpty(name))
                {
                    throw UploadRefusedException.BadRequest("a part has no Content-Disposition name.");
                }

                if (operations is null)
                {
                    operations = await ReadOperationsAsync(name, section.Body, serializer, cancellationToken);
                }
                else if (map is null)
                {
                    map = await ReadMapAsync(name, section.Body, cancellationToken);
                }
                else
                {
                    files.Add(name, await ReadFileAsync(name, disposition!, section, map, files, cancellationToken));
                }
            }
        }
        catch (IOException ex) when (ex is not BadHttpRequestException)
        {
            throw UploadRefusedException.BadRequest($"the body is not well-formed multipart/form-data ({ex.Message}).");
        }
        catch (InvalidDataException ex)
        {
            throw UploadRefusedException.BadRequest($"the body is not well-formed multipart/form-data ({ex.Message}).");
        }

        if (operations is null || map is null)
        {
            throw UploadRefusedException.BadRequest("the parts 'operations' and 'map' must come first, in that order.");
        }

        var missing = map.Keys.Where(k => !files.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw UploadRefusedException.BadRequest($"the map names file part(s) {string.Join(", ", missing.Select(m => $"'{m}'"))} that were not sent.");
        }

        operations.Variables = UploadVariables.Place(operations.Variables, map, files);
        return operations;
    }

    private static async Task<GraphQLRequest> ReadOperationsAsync(string name, Stream body, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        if (name != "operations")
        {
            throw UploadRefusedException.BadRequest($"the first part must be 'operations', not '{name}'.");
        }

        var text = await ReadTextAsync(body, UploadLimits.MaxOperationsBytes, "operations", cancellationToken);
        if (text.TrimStart().StartsWith('['))
        {
            throw UploadRefusedException.BadRequest("'operations' is a list (a batch); send one operation per request.");
        }

        try
        {
            return serializer.Deserialize<GraphQLRequest>(text) ?? throw UploadRefusedException.BadRequest("'operations' is empty.");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw UploadRefusedException.BadRequest($"'operations' is not a GraphQL request in JSON: {ex.Message}");
        }
    }

    private static async Task<Dictionary<string, string[]>> ReadMapAsync(string name, Stream body, CancellationToken cancellationToken)
    {
        if (name != "map")
        {
            throw UploadRefusedException.BadRequest($"the second part must be 'map', not '{name}'.");
        }

        var text = await ReadTextAsync(body, UploadLimits.MaxMapBytes, "map", cancellationToken);
        Dictionary<string, string[]>? map;
        try
        {
            map = JsonSerializer.Deserialize<Dictionary<string, string[]>>(text);
        }
        catch (JsonException ex)
        {
            throw UploadRefusedException.BadRequest($"'map' is not a JSON object of file part names to lists of paths ({ex.Message}).");
        }

        if (map is null)
        {
            throw UploadRefusedException.BadRequest("'map' is null.");
        }

        if (map.Count > UploadLimits.MaxFiles)
        {
            throw UploadRefusedException.TooLarge("files per request", UploadLimits.MaxFiles, map.Count,
                $"Multipart request: the map names {map.Count} files; at most {UploadLimits.MaxFiles} are taken in one request.");
        }

        return map;
    }

    private static async Task<UploadedFile> ReadFileAsync(
        string name, ContentDispositionHeaderValue disposition, MultipartSection section,
        Dictionary<string, string[]> map, Dictionary<string, UploadedFile> files, CancellationToken cancellationToken)
    {
        if (!map.ContainsKey(name))
        {
            throw UploadRefusedException.BadRequest($"the part '{name}' is not named in the map.");
        }

        if (files.ContainsKey(name))
        {
            throw UploadRefusedException.BadRequest($"the part '{name}' was sent twice.");
        }

        var fileName = disposition.FileNameStar.Value ?? disposition.FileName.Value?.Trim('"') ?? name;
        var content = await ReadBoundedAsync(section.Body, UploadLimits.MaxFileBytes, cancellationToken)
            ?? throw UploadRefusedException.TooLarge(UploadLimits.FileSetting, UploadLimits.MaxFileBytes, UploadLimits.MaxFileBytes + 1,
                $"{fileName} (part '{name}') is larger than {UploadLimits.MaxFileText}, the limit for one document ({UploadLimits.FileSetting}); nothing was read or written.");
        return new UploadedFile(fileName, section.ContentType, content);
    }

    private static async Task<string> ReadTextAsync(Stream body, int limit, string part, CancellationToken cancellationToken)
    {
        var bytes = await ReadBoundedAsync(body, limit, cancellationToken)
            ?? throw UploadRefusedException.TooLarge($"the '{part}' part", limit, limit + 1L, $"Multipart request: the '{part}' part is larger than {limit:N0} bytes.");
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The part's bytes, or null as soon as it grows past <paramref name="limit"/> (the rest is not read).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + n > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    private static string? Boundary(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) && HeaderUtilities.RemoveQuotes(media.Boundary) is { Length: > 0 and <= 200 } boundary
            ? boundary.ToString()
            : null;
}
