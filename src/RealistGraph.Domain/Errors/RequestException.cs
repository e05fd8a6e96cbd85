namespace RealistGraph.Domain.Errors;

/// <summary>
/// A request refused before anything was written. The message is written for the client and starts with the
/// field it is about, e.g. <c>input.domainId: no domain 'x/y'</c>.
/// </summary>
public sealed class RequestException(ErrorCode code, string message) : Exception(message)
{
    public ErrorCode Code { get; } = code;

    public static RequestException Invalid(string field, string message) => new(ErrorCode.Validation, $"{field}: {message}");

    public static RequestException NotFound(string field, string message) => new(ErrorCode.NotFound, $"{field}: {message}");

    /// <summary>Study ids that name no stored study: NOT_FOUND, naming the argument and every unknown id.</summary>
    public static RequestException NoStudy(string field, IEnumerable<string> unknownIds) =>
        NotFound(field, $"no study {string.Join(", ", unknownIds.Select(id => $"'{id}'"))}.");

    public static RequestException Conflict(string field, string message) => new(ErrorCode.Conflict, $"{field}: {message}");

    /// <summary>A clash that no single field causes (e.g. a link that already exists).</summary>
    public static RequestException Conflict(string message) => new(ErrorCode.Conflict, message);
}
