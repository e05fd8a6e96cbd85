using GraphQL.Execution;
using RealistGraph.Application.Errors;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Api.GraphQL.Errors;

/// <summary>
/// Turns exceptions that escape resolvers into errors a client can read. Neo4j's own messages (which can
/// carry internals and stack traces) go to the log only.
/// </summary>
public static class GraphErrors
{
    public static void Translate(UnhandledExceptionContext context)
    {
        context.Exception = context.OriginalException switch
        {
            StudyDocumentException ex => Document(ex),
            InvalidRequestException ex => new ApiException(ApiErrorCode.Validation, ex.Message),
            NotFoundException ex => new ApiException(ApiErrorCode.NotFound, ex.Message),
            ConflictException ex => new ApiException(ApiErrorCode.Conflict, ex.Message),
            Neo4jConflictException => new ApiException(ApiErrorCode.Conflict, "That would clash with a stored record (an id already in use)."),
            Neo4jBusyException => new ApiException(ApiErrorCode.Conflict, "Another write to the same study held it too long; nothing was written. Try again."),
            Neo4jException => new ApiException(ApiErrorCode.DatabaseUnavailable, "The graph database could not answer; the service log has the details."),
            _ => context.Exception,
        };
    }

    private static ApiException Document(StudyDocumentException ex)
    {
        var error = new ApiException(ApiErrorCode.Validation, ex.Message);
        error.Data["problems"] = ex.Problems.Select(p => new Dictionary<string, object?> { ["path"] = p.Path, ["message"] = p.Message }).ToList();
        return error;
    }
}
