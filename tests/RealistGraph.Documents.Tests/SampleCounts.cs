using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Tests;

/// <summary>The counts of a sample study, as samples/README.md tables them under one heading per study.</summary>
internal static class SampleCounts
{
    public static Dictionary<string, int> Of(StudyDocument study)
    {
        var counts = new Dictionary<string, int>
        {
            ["domains"] = study.Domains.Count,
            ["themes"] = study.Themes.Count,
            ["quotes"] = study.Quotes.Count,
            ["quotes with own polarity"] = study.Quotes.Count(q => q.Polarity is not null),
            ["quotes evidencing a CMO configuration"] = study.Quotes.Count(q => q.CmoConfigurations.Count > 0),
            ["participants"] = study.Participants.Count,
            ["sites"] = study.Participants.Select(p => p.Site).OfType<string>().Distinct().Count(),
            ["interventions"] = study.Interventions.Count,
            ["functions"] = study.Interventions.Sum(i => i.Functions.Count),
            ["activities"] = study.Interventions.Sum(i => i.Activities.Count),
            ["contexts"] = study.Contexts.Count,
            ["mechanisms"] = study.Mechanisms.Count,
            ["outcomes"] = study.Outcomes.Count,
            ["cmoConfigurations"] = study.CmoConfigurations.Count,
            ["interactions"] = study.Interactions.Count,
            ["links"] = study.Links.Count,
        };
        foreach (var polarity in DocumentVocabulary.Polarities)
        {
            counts[$"themes: {polarity}"] = study.Themes.Count(t => t.Polarity == polarity);
        }

        foreach (var polarity in study.Quotes.Select(q => q.Polarity).OfType<string>().Distinct())
        {
            counts[$"quotes with own polarity: {polarity}"] = study.Quotes.Count(q => q.Polarity == polarity);
        }

        var domainOfTheme = study.Themes.ToDictionary(t => t.Id, t => t.Domain);
        foreach (var domain in study.Domains)
        {
            counts[$"themes in domain: {domain.Id}"] = study.Themes.Count(t => t.Domain == domain.Id);
            counts[$"quotes in domain: {domain.Id}"] = study.Quotes.Count(q => q.Themes.Count > 0 && domainOfTheme[q.Themes[0]] == domain.Id);
        }

        foreach (var theme in study.Themes)
        {
            counts[$"quotes of theme: {theme.Id} ({theme.Code})"] = study.Quotes.Count(q => q.Themes.Contains(theme.Id));
        }

        foreach (var site in study.Participants.Where(p => p.Site is not null).GroupBy(p => p.Site!))
        {
            counts[$"participants at site: {site.Key}"] = site.Count();
        }

        foreach (var target in study.Links.Select(l => l.To.Split('/')).Where(parts => parts.Length == 2).GroupBy(parts => parts[0]))
        {
            counts[$"links to study: {target.Key}"] = target.Count();
        }

        return counts;
    }

    /// <summary>Asserts that the table under <paramref name="heading"/> in samples/README.md holds exactly these counts.</summary>
    public static void AssertTable(string heading, Dictionary<string, int> expected)
    {
        var lines = File.ReadAllLines(Path.Combine(TestFiles.Samples, "README.md"));
        var start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0, $"samples/README.md has no heading '{heading}'");
        var table = lines
            .Skip(start + 1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length == 4 && int.TryParse(cells[2], out _))
            .ToDictionary(cells => cells[1], cells => int.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), table.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
