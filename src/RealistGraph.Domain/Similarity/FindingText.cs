namespace RealistGraph.Domain.Similarity;

/// <summary>The text a finding is compared by: its name, its summary and the text of its quotes.</summary>
public static class FindingText
{
    public static string Compose(string name, string? summary, IEnumerable<string> quoteTexts) =>
        string.Join('\n', new[] { name, summary ?? string.Empty }.Concat(quoteTexts).Where(t => !string.IsNullOrWhiteSpace(t)));
}
