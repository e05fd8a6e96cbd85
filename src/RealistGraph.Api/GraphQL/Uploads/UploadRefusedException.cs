using GraphQL;

namespace RealistGraph.Api.GraphQL.Uploads;

/// <summary>A multipart request refused before anything runs: the HTTP status and the GraphQL error to answer with.</summary>
public sealed class UploadRefusedException(int status, ExecutionError error) : Exception(error.Message)
{
    public int Status { get; } = status;

    public ExecutionError Error { get; } = error;

    public static UploadRefusedException BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, new ExecutionError($"Multipart request: {message}") { Code = "BAD_REQUEST" });

    /// <summary>LIMIT_EXCEEDED with <c>extensions.limit: {name, value, requested}</c>, like the other request limits.</summary>
    public static UploadRefusedException TooLarge(string setting, long limit, long requested, string message)
    {
        var error = new ExecutionError(message) { Code = "LIMIT_EXCEEDED" };
        error.Extensions ??= [];
        error.Extensions["limit"] = new Dictionary<string, object?> { ["name"] = setting, ["value"] = limit, ["requested"] = requested };
        return new(StatusCodes.Status413PayloadTooLarge, error);
    }
}
