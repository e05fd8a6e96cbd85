using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Cli.Commands;

/// <summary>Problems of a file, one a line, as compilers print them: <c>FILE:LINE:COL: path: message</c>.</summary>
public static class ProblemReport
{
    public static string Line(string file, DocumentProblem problem)
    {
        var where = problem.Line is { } line ? $"{file}:{line}:{problem.Column ?? 1}" : file;
        var message = WithoutPosition(problem);
        return problem.Path.Length == 0 ? $"{where}: {message}" : $"{where}: {problem.Path}: {message}";
    }

    /// <summary>The message without a trailing "(line L, column C)", which the prefix already says.</summary>
    private static string WithoutPosition(DocumentProblem problem)
    {
        var suffix = $" (line {problem.Line}, column {problem.Column})";
        return problem.Line is not null && problem.Message.EndsWith(suffix, StringComparison.Ordinal)
            ? problem.Message[..^suffix.Length]
            : problem.Message;
    }

    public static async Task WriteAsync(TextWriter writer, string file, IEnumerable<DocumentProblem> problems)
    {
        foreach (var problem in problems)
        {
            await writer.WriteLineAsync(Line(file, problem));
        }
    }
}
