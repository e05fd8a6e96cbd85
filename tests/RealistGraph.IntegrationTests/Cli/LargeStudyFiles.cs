using System.Globalization;
using System.Text;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.IntegrationTests.Cli;

/// <summary>
/// Generated study files of a given number of quotes, the same at every run: coded-excerpt CSVs as a QDA tool exports
/// them (400 participants, 21 codes under Personal/Social/Structural, two codes and about 240 characters an excerpt)
/// and study documents as YAML.
/// </summary>
public static class LargeStudyFiles
{
    private static readonly string[] Words =
    [
        "mentor", "teaching", "department", "identity", "community", "promotion", "colleagues", "students", "time",
        "support", "valued", "career", "training", "leadership", "belonging", "workload", "recognition", "curriculum",
    ];

    private static readonly string[] Domains = ["Personal", "Social", "Structural"];

    public static async Task WriteCsvAsync(string path, int rows)
    {
        var random = new Random(42);
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await writer.WriteAsync("participant,excerpt,codes\n");
        for (var row = 0; row < rows; row++)
        {
            var first = random.Next(21);
            var second = (first + 1 + random.Next(20)) % 21;
            await writer.WriteAsync(string.Create(CultureInfo.InvariantCulture,
                $"P{random.Next(400) + 1},\"{Sentence(random, 240)}, \"\"so\"\" it goes.\",{Code(first)}; {Code(second)}\n"));
        }
    }

    public static Task WriteYamlAsync(string path, int quotes)
    {
        var random = new Random(42);
        var document = new StudyDocument { Id = Path.GetFileNameWithoutExtension(path), Title = "A generated study", Year = 2026 };
        document.Domains.AddRange(Domains.Select(d => new DomainEntry { Id = d.ToLowerInvariant(), Name = d, Canonical = d.ToLowerInvariant() }));
        for (var t = 0; t < 30; t++)
        {
            document.Themes.Add(new ThemeEntry
            {
                Id = $"t{t + 1}", Name = $"Theme {t + 1}", Domain = document.Domains[t % 3].Id, Polarity = t % 2 == 0 ? "support" : "threat",
            });
        }

        for (var p = 0; p < 500; p++)
        {
            document.Participants.Add(new ParticipantEntry { Id = $"p{p + 1}", Label = $"P{p + 1}" });
        }

        for (var q = 0; q < quotes; q++)
        {
            document.Quotes.Add(new QuoteEntry
            {
                Id = $"q{q + 1}",
                Participant = document.Participants[random.Next(500)].Id,
                Text = Sentence(random, 240),
                Location = $"transcript {q / 40 + 1}, line {q % 40 * 12 + 1}",
                Themes = [document.Themes[random.Next(30)].Id],
            });
        }

        return StudyDocumentWriter.WriteFileAsync(document, path);
    }

    private static string Code(int index) => $"{Domains[index / 7]} > {Domains[index / 7]} code {index % 7 + 1}";

    internal static string Sentence(Random random, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(text.Length == 0 ? "" : " ").Append(Words[random.Next(Words.Length)]);
        }

        return text.ToString();
    }
}
