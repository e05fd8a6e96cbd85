using GraphQL;
using GraphQL.Execution;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Domain.Errors;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Api.GraphQL.Errors;

/// <summary>
/// The one place where errors become what a client reads: each <see cref="ErrorCode"/> is shown as the GraphQL
/// error's <c>extensions.code</c>. Neo4j's own messages (which can carry internals and stack traces) go to the
/// log only.
/// </summary>
public static class GraphErrors
{
    public static void Translate(UnhandledExceptionContext context)
    {
        context.Exception = context.OriginalException switch
        {
            RequestException ex => Error(ex.Code, ex.Message),
            StudyDocumentException ex => Document(ex),
            Neo4jConflictException => Error(ErrorCode.Conflict, "That would clash with a stored record (an id already in use)."),
            Neo4jOutOfMemoryException ex when ex.Code == "RealistGraph.Unavailable" => Error(ErrorCode.DatabaseUnavailable, ex.Message),
            Neo4jBusyException => Error(ErrorCode.Conflict, "Another write to the same study held it too long; nothing was written. Try again."),
            Neo4jException => Error(ErrorCode.DatabaseUnavailable, "The graph database could not answer; the service log has the details."),
            _ => context.Exception,
        };
    }

    public static string CodeOf(ErrorCode code) => code switch
    {
        ErrorCode.Validation => "VALIDATION",
        ErrorCode.NotFound => "NOT_FOUND",
        ErrorCode.Conflict => "CONFLICT",
        _ => "DATABASE_UNAVAILABLE",
    };

    private static ExecutionError Error(ErrorCode code, string message) => new(message) { Code = CodeOf(code) };

    private static ExecutionError Document(StudyDocumentException ex)
    {
        var error = Error(ErrorCode.Validation, ex.Message);
        error.Data["problems"] = ex.Problems.Select(p => new Dictionary<string, object?> { ["path"] = p.Path, ["message"] = p.Message }).ToList();
        return error;
    }
}
