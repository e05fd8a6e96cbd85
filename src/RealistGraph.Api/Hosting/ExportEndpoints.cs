using RealistGraph.Api.GraphQL.Auth;
using RealistGraph.Application.Studies;
using RealistGraph.Domain.Errors;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Api.Hosting;

/// <summary>
/// <c>GET /studies/{id}/export.qdpx</c>: a study as a REFI-QDA project, for the pages' download button. Binary, so
/// outside GraphQL; the same access rule as <c>exportStudy</c> (a query: reader, or nobody when anonymous reading is on).
/// Refusals answer JSON <c>{"error": {"code", "message"}}</c> with 401, 403, 404 or 503, never the database's own words.
/// </summary>
public static class ExportEndpoints
{
    public const string QdpxRoute = "/studies/{studyId}/export.qdpx";

    public static void MapExports(this IEndpointRouteBuilder app) => app.MapGet(QdpxRoute, QdpxAsync);

    private static async Task QdpxAsync(HttpContext http, string studyId, StudyExportService exports, ILogger<StudyExportService> log)
    {
        if (await AccessRule.RefusalAsync(http, mutation: false) is { } refusal)
        {
            await RefuseAsync(http, refusal.Code == "FORBIDDEN" ? StatusCodes.Status403Forbidden
                : refusal.Code == "DATABASE_UNAVAILABLE" ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status401Unauthorized, refusal.Code, refusal.Message);
            return;
        }

        // Written to memory first, so that a failure halfway answers an error rather than half a zip.
        using var buffer = new MemoryStream();
        try
        {
            if (!await exports.ExportToStreamAsync(studyId, StudyFileFormat.Qdpx, buffer, http.RequestAborted))
            {
                await RefuseAsync(http, StatusCodes.Status404NotFound, "NOT_FOUND", $"studyId: no study '{studyId}'.");
                return;
            }
        }
        catch (RequestException ex)
        {
            await RefuseAsync(http, ex.Code == ErrorCode.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest,
                ex.Code == ErrorCode.NotFound ? "NOT_FOUND" : "VALIDATION", ex.Message);
            return;
        }
        catch (Neo4jException ex)
        {
            log.LogError(ex, "Exporting study {StudyId} as .qdpx failed", studyId);
            await RefuseAsync(http, StatusCodes.Status503ServiceUnavailable, "DATABASE_UNAVAILABLE", "The graph database could not answer; the service log has the details.");
            return;
        }

        http.Response.ContentType = "application/zip";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileNameOf(studyId)}.qdpx\"";
        http.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    /// <summary>The study id as a file name: ids are letters, digits, '.', '_', '-' by rule; anything else becomes '_'.</summary>
    internal static string FileNameOf(string studyId) =>
        new(studyId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_').ToArray());

    private static Task RefuseAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new { error = new { code, message } }, http.RequestAborted);
    }
}
