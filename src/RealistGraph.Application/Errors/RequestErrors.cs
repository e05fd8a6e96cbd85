namespace RealistGraph.Application.Errors;

/// <summary>A request the caller can fix: <see cref="Field"/> names what is wrong (e.g. <c>input.rationale</c>).</summary>
public sealed class InvalidRequestException(string field, string message) : Exception($"{field}: {message}")
{
    public string Field { get; } = field;
}

/// <summary>Something the request refers to does not exist.</summary>
public sealed class NotFoundException(string field, string message) : Exception($"{field}: {message}")
{
    public string Field { get; } = field;
}

/// <summary>The request clashes with what is stored.</summary>
public sealed class ConflictException(string message) : Exception(message);
