using RealistGraph.Domain.Model;

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>One pass of <see cref="StudyDocumentValidator"/> over one document, collecting problems as it goes.</summary>
internal sealed partial class ValidationRun(StudyDocument document)
{
    private readonly StudyDocument _document = document;
    private readonly List<DocumentProblem> _problems = [];
    private readonly Dictionary<string, string> _firstUseOfId = new(StringComparer.Ordinal);

    private IReadOnlyList<string> FunctionIds =>
        [.. _document.Interventions.SelectMany(i => i.Functions).Select(f => f.Id)];

    private IReadOnlyList<string> ActivityIds =>
        [.. _document.Interventions.SelectMany(i => i.Activities).Select(a => a.Id)];

    public IReadOnlyList<DocumentProblem> Run()
    {
        CheckStudy();
        CheckInterventions();
        CheckDomains();
        CheckThemes();
        CheckParticipants();
        CheckQuotes();
        CheckRealistParts();
        CheckInteractions();
        CheckLinks();
        CheckCharacters();
        return _problems;
    }

    private void CheckStudy()
    {
        var d = _document;
        if (Required("id", d.Id) && !StudyIds.IsLocal(d.Id))
        {
            Add("id", $"'{d.Id}' is not a valid study id: {LocalRule}");
        }

        Required("title", d.Title);
        for (var i = 0; i < d.Authors.Count; i++)
        {
            Required($"authors[{i}]", d.Authors[i]);
        }

        if (d.Year is { } year && year is < DocumentVocabulary.EarliestYear or > DocumentVocabulary.LatestYear)
        {
            Add("year", $"{year} is outside {DocumentVocabulary.EarliestYear}–{DocumentVocabulary.LatestYear}");
        }

        if (d.SampleSize is < 0)
        {
            Add("sampleSize", $"{d.SampleSize} is negative; a sample size must be 0 or more");
        }
    }

    private void CheckInterventions()
    {
        var functionIds = FunctionIds;
        for (var i = 0; i < _document.Interventions.Count; i++)
        {
            var intervention = _document.Interventions[i];
            var path = $"interventions[{i}]";
            Id(path, intervention.Id);
            Required($"{path}.name", intervention.Name);
            for (var f = 0; f < intervention.Functions.Count; f++)
            {
                Id($"{path}.functions[{f}]", intervention.Functions[f].Id);
                Required($"{path}.functions[{f}].name", intervention.Functions[f].Name);
            }

            for (var a = 0; a < intervention.Activities.Count; a++)
            {
                var activity = intervention.Activities[a];
                Id($"{path}.activities[{a}]", activity.Id);
                Required($"{path}.activities[{a}].name", activity.Name);
                References($"{path}.activities[{a}].functions", activity.Functions, functionIds, "function");
            }
        }
    }

    private void CheckDomains()
    {
        for (var i = 0; i < _document.Domains.Count; i++)
        {
            var domain = _document.Domains[i];
            var path = $"domains[{i}]";
            Id(path, domain.Id);
            Required($"{path}.name", domain.Name);
            if (Required($"{path}.canonical", domain.Canonical) && !StudyIds.IsLocal(domain.Canonical))
            {
                Add($"{path}.canonical", $"'{domain.Canonical}' is not a valid canonical domain name: {LocalRule}");
            }
        }
    }

    private void CheckThemes()
    {
        var domainIds = _document.Domains.Select(d => d.Id).ToList();
        var themeIds = _document.Themes.Select(t => t.Id).ToList();
        for (var i = 0; i < _document.Themes.Count; i++)
        {
            var theme = _document.Themes[i];
            var path = $"themes[{i}]";
            Id(path, theme.Id);
            Required($"{path}.name", theme.Name);
            if (Required($"{path}.domain", theme.Domain))
            {
                Reference($"{path}.domain", theme.Domain, domainIds, "domain");
            }

            if (Required($"{path}.polarity", theme.Polarity))
            {
                OneOf($"{path}.polarity", theme.Polarity, DocumentVocabulary.Polarities, "polarity");
            }

            if (theme.Parent is not null)
            {
                CheckParent(path, theme, themeIds);
            }
        }
    }

    private void CheckParent(string path, ThemeEntry theme, List<string> themeIds)
    {
        if (!Reference($"{path}.parent", theme.Parent!, themeIds, "theme"))
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { theme.Id };
        for (var parent = theme.Parent; parent is not null; parent = _document.Themes.FirstOrDefault(t => t.Id == parent)?.Parent)
        {
            if (!seen.Add(parent))
            {
                Add($"{path}.parent", $"'{theme.Parent}' leads back to '{parent}': themes cannot be their own ancestors");
                return;
            }
        }
    }

    private void CheckParticipants()
    {
        for (var i = 0; i < _document.Participants.Count; i++)
        {
            var participant = _document.Participants[i];
            var path = $"participants[{i}]";
            if (Required($"{path}.id", participant.Id))
            {
                if (!StudyIds.IsParticipant(participant.Id))
                {
                    Add($"{path}.id", $"'{participant.Id}' is not a valid participant id: {ParticipantRule}");
                }

                Unique($"{path}.id", participant.Id);
            }

            Required($"{path}.label", participant.Label);
        }
    }
}
