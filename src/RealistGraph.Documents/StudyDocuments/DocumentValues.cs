namespace RealistGraph.Documents.StudyDocuments;

/// <summary>How enumerations are spelled in study documents: lower case, words joined by '-' (<c>similar-to</c>).</summary>
public static class DocumentValues
{
    public static string Write<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static bool TryRead<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        return text is not null
            && !int.TryParse(text, out _)
            && Enum.TryParse(text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }

    public static T Read<T>(string text)
        where T : struct, Enum =>
        TryRead<T>(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not one of: {string.Join(", ", Enum.GetValues<T>().Select(v => Write(v)))}.");

    public static IEnumerable<string> Allowed<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(v => Write(v));
}
