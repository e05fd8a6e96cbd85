using System.Globalization;

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>One pass of <see cref="StudyDocumentValidator"/> over one document, collecting problems as it goes.</summary>
internal sealed class ValidationRun(StudyDocument document)
{
    private const int MaxKnownShown = 12;

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
        return _problems;
    }

    private void CheckStudy()
    {
        var d = _document;
        if (Required("id", d.Id) && !DocumentIds.IsLocal(d.Id))
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
            if (Required($"{path}.canonical", domain.Canonical) && !DocumentIds.IsLocal(domain.Canonical))
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
                if (!DocumentIds.IsParticipant(participant.Id))
                {
                    Add($"{path}.id", $"'{participant.Id}' is not a valid participant id: {ParticipantRule}");
                }

                Unique($"{path}.id", participant.Id);
            }

            Required($"{path}.label", participant.Label);
        }
    }

    private void CheckQuotes()
    {
        var participantIds = _document.Participants.Select(p => p.Id).ToList();
        var themeIds = _document.Themes.Select(t => t.Id).ToList();
        var mechanismIds = _document.Mechanisms.Select(m => m.Id).ToList();
        var cmoIds = _document.CmoConfigurations.Select(c => c.Id).ToList();
        for (var i = 0; i < _document.Quotes.Count; i++)
        {
            var quote = _document.Quotes[i];
            var path = $"quotes[{i}]";
            Id(path, quote.Id);
            Required($"{path}.text", quote.Text);
            if (quote.Participant is not null)
            {
                Reference($"{path}.participant", quote.Participant, participantIds, "participant");
            }

            if (quote.Polarity is not null)
            {
                OneOf($"{path}.polarity", quote.Polarity, DocumentVocabulary.Polarities, "polarity");
            }

            References($"{path}.themes", quote.Themes, themeIds, "theme");
            References($"{path}.mechanisms", quote.Mechanisms, mechanismIds, "mechanism");
            References($"{path}.cmoConfigurations", quote.CmoConfigurations, cmoIds, "CMO configuration");
            References($"{path}.functions", quote.Functions, FunctionIds, "function");
            References($"{path}.activities", quote.Activities, ActivityIds, "activity");
        }
    }

    private void CheckRealistParts()
    {
        for (var i = 0; i < _document.Contexts.Count; i++)
        {
            Id($"contexts[{i}]", _document.Contexts[i].Id);
            Required($"contexts[{i}].description", _document.Contexts[i].Description);
        }

        for (var i = 0; i < _document.Mechanisms.Count; i++)
        {
            Id($"mechanisms[{i}]", _document.Mechanisms[i].Id);
            Required($"mechanisms[{i}].name", _document.Mechanisms[i].Name);
        }

        for (var i = 0; i < _document.Outcomes.Count; i++)
        {
            var outcome = _document.Outcomes[i];
            Id($"outcomes[{i}]", outcome.Id);
            Required($"outcomes[{i}].description", outcome.Description);
            if (Required($"outcomes[{i}].valence", outcome.Valence))
            {
                OneOf($"outcomes[{i}].valence", outcome.Valence, DocumentVocabulary.Valences, "valence");
            }
        }

        for (var i = 0; i < _document.CmoConfigurations.Count; i++)
        {
            CheckCmo($"cmoConfigurations[{i}]", _document.CmoConfigurations[i]);
        }
    }

    private void CheckCmo(string path, CmoEntry cmo)
    {
        Id(path, cmo.Id);
        Required($"{path}.statement", cmo.Statement);
        if (cmo.Confidence is not null)
        {
            OneOf($"{path}.confidence", cmo.Confidence, DocumentVocabulary.Confidences, "confidence");
        }

        if (cmo.Context is not null)
        {
            Reference($"{path}.context", cmo.Context, [.. _document.Contexts.Select(c => c.Id)], "context");
        }

        if (cmo.Mechanism is not null)
        {
            Reference($"{path}.mechanism", cmo.Mechanism, [.. _document.Mechanisms.Select(m => m.Id)], "mechanism");
        }

        if (cmo.Outcome is not null)
        {
            Reference($"{path}.outcome", cmo.Outcome, [.. _document.Outcomes.Select(o => o.Id)], "outcome");
        }

        References($"{path}.themes", cmo.Themes, [.. _document.Themes.Select(t => t.Id)], "theme");
        References($"{path}.functions", cmo.Functions, FunctionIds, "function");
        References($"{path}.activities", cmo.Activities, ActivityIds, "activity");
    }

    private void CheckInteractions()
    {
        var domainIds = _document.Domains.Select(d => d.Id).ToList();
        for (var i = 0; i < _document.Interactions.Count; i++)
        {
            var interaction = _document.Interactions[i];
            var path = $"interactions[{i}]";
            Id(path, interaction.Id);
            if (Required($"{path}.from", interaction.From))
            {
                Reference($"{path}.from", interaction.From, domainIds, "domain");
            }

            if (Required($"{path}.to", interaction.To))
            {
                Reference($"{path}.to", interaction.To, domainIds, "domain");
            }

            if (Required($"{path}.kind", interaction.Kind))
            {
                OneOf($"{path}.kind", interaction.Kind, DocumentVocabulary.InteractionKinds, "interaction kind");
            }

            Required($"{path}.description", interaction.Description);
        }
    }

    private void CheckLinks()
    {
        var findings = _document.Themes.Select(t => t.Id)
            .Concat(_document.Mechanisms.Select(m => m.Id))
            .Concat(_document.CmoConfigurations.Select(c => c.Id))
            .ToList();
        for (var i = 0; i < _document.Links.Count; i++)
        {
            var link = _document.Links[i];
            var path = $"links[{i}]";
            if (Required($"{path}.from", link.From) && !findings.Contains(link.From, StringComparer.Ordinal))
            {
                Add($"{path}.from", $"'{link.From}' is not a theme, mechanism or CMO configuration of this study; "
                    + $"'from' must be the local id of one of this study's findings ({Known(findings)})");
            }

            if (Required($"{path}.to", link.To))
            {
                CheckLinkTarget($"{path}.to", link.To);
            }

            if (Required($"{path}.relation", link.Relation))
            {
                OneOf($"{path}.relation", link.Relation, DocumentVocabulary.LinkRelations, "link relation");
            }

            Required($"{path}.rationale", link.Rationale);
            Required($"{path}.author", link.Author);
        }
    }

    private void CheckLinkTarget(string path, string target)
    {
        if (!DocumentIds.IsGlobal(target))
        {
            Add(path, $"'{target}' is not a global id: write '{{other study id}}/{{local id}}', e.g. 'brooks-2023-bsme/communities-of-practice'");
        }
        else if (target.StartsWith(_document.Id + "/", StringComparison.Ordinal))
        {
            Add(path, $"'{target}' is a finding of this study; a link must point to a finding of another study");
        }
    }

    private void Id(string path, string id)
    {
        if (!Required($"{path}.id", id))
        {
            return;
        }

        if (!DocumentIds.IsLocal(id))
        {
            Add($"{path}.id", $"'{id}' is not a valid id: {LocalRule}");
        }

        Unique($"{path}.id", id);
    }

    private void Unique(string path, string id)
    {
        if (!_firstUseOfId.TryAdd(id, path))
        {
            Add(path, $"duplicate id '{id}' (already used by {_firstUseOfId[id]}); ids must be unique across the whole document");
        }
    }

    private bool Required(string path, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Add(path, "required but missing or empty");
        return false;
    }

    private void OneOf(string path, string value, IReadOnlyList<string> allowed, string what)
    {
        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            Add(path, $"'{value}' is not a {what} (expected one of: {string.Join(", ", allowed)})");
        }
    }

    private void References(string path, List<string> ids, IReadOnlyList<string> known, string kind)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            Reference($"{path}[{i}]", ids[i], known, kind);
        }
    }

    private bool Reference(string path, string id, IReadOnlyList<string> known, string kind)
    {
        if (known.Contains(id, StringComparer.Ordinal))
        {
            return true;
        }

        Add(path, $"no {kind} with id '{id}' ({Known(known)})");
        return false;
    }

    private static string Known(IReadOnlyList<string> known)
    {
        if (known.Count == 0)
        {
            return "the document defines none";
        }

        var shown = string.Join(", ", known.Take(MaxKnownShown));
        return known.Count > MaxKnownShown
            ? string.Create(CultureInfo.InvariantCulture, $"known: {shown}, ... {known.Count} in all")
            : $"known: {shown}";
    }

    private void Add(string path, string message) => _problems.Add(new DocumentProblem(path, message));

    private const string LocalRule = "use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit";
    private const string ParticipantRule = "use letters, digits, '-', '_' and '.', starting with a letter or digit";
}
