using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Bench;

/// <summary>Generated study documents of a given size, the same for every run (fixed seed).</summary>
public static class SyntheticStudies
{
    private static readonly string[] Domains = ["personal", "social", "structural"];
    private static readonly string[] Polarities = ["support", "threat", "mixed"];
    private static readonly string[] Words =
    [
        "mentor", "teaching", "department", "identity", "community", "promotion", "colleagues", "students", "time",
        "support", "valued", "career", "training", "leadership", "belonging", "workload", "recognition", "curriculum",
    ];

    /// <summary>A study of 3 domains, <paramref name="themes"/> themes, and quotes each coded to one or two themes.</summary>
    public static StudyDocument Create(string id, int themes, int participants, int quotes, int seed = 42)
    {
        var random = new Random(seed);
        var doc = new StudyDocument
        {
            Id = id,
            Title = $"Synthetic benchmark study {id}",
            Authors = ["RealistGraph Bench"],
            Year = 2026,
            Design = "Generated for benchmarks; not a real study.",
            SampleSize = participants,
        };
        doc.Domains.AddRange(Domains.Select(d => new DomainEntry { Id = d, Name = char.ToUpperInvariant(d[0]) + d[1..], Canonical = d }));
        for (var t = 0; t < themes; t++)
        {
            doc.Themes.Add(new ThemeEntry
            {
                Id = $"t{t + 1:000}",
                Code = $"{t % Domains.Length + 1}.{t / Domains.Length + 1}",
                Name = $"Theme {t + 1}: {Words[t % Words.Length]} and {Words[(t * 7 + 3) % Words.Length]}",
                Domain = Domains[t % Domains.Length],
                Polarity = Polarities[t % Polarities.Length],
                Summary = Sentence(random, 20),
            });
        }

        for (var p = 0; p < participants; p++)
        {
            var site = (char)('A' + (p % 7));
            doc.Participants.Add(new ParticipantEntry { Id = $"{p + 1}-{site}", Label = $"{p + 1}-{site}", Site = site.ToString() });
        }

        for (var q = 0; q < quotes; q++)
        {
            var first = random.Next(themes);
            var coded = random.Next(2) == 0 ? [first] : new List<int> { first, (first + 1 + random.Next(themes - 1)) % themes };
            doc.Quotes.Add(new QuoteEntry
            {
                Id = $"q{q + 1:00000}",
                Participant = doc.Participants[random.Next(participants)].Id,
                Text = Sentence(random, 25 + random.Next(20)),
                Location = $"transcript {q / 40 + 1}, line {q % 40 * 12 + 1}",
                Themes = coded.Select(t => doc.Themes[t].Id).ToList(),
            });
        }

        return doc;
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])) + ".";
}
