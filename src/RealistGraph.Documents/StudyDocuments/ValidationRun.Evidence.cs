using RealistGraph.Domain.Model;

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>Checks of quotes, the realist parts, interactions and cross-study links.</summary>
internal sealed partial class ValidationRun
{
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
        // Every kind of finding can start a link; only what an intervention is and does can address one.
        var actors = _document.Interventions.Select(i => i.Id)
            .Concat(_document.Interventions.SelectMany(i => i.Functions).Select(f => f.Id))
            .Concat(_document.Interventions.SelectMany(i => i.Activities).Select(a => a.Id))
            .ToList();
        var findings = _document.Themes.Select(t => t.Id)
            .Concat(_document.Mechanisms.Select(m => m.Id))
            .Concat(_document.Contexts.Select(c => c.Id))
            .Concat(_document.Outcomes.Select(o => o.Id))
            .Concat(_document.CmoConfigurations.Select(c => c.Id))
            .Concat(actors)
            .ToList();
        for (var i = 0; i < _document.Links.Count; i++)
        {
            var link = _document.Links[i];
            var path = $"links[{i}]";
            var knownFrom = false;
            if (Required($"{path}.from", link.From))
            {
                knownFrom = findings.Contains(link.From, StringComparer.Ordinal);
                if (!knownFrom)
                {
                    Add($"{path}.from", $"'{link.From}' is not a finding of this study (a theme, mechanism, context, outcome, CMO configuration, "
                        + $"intervention, function or activity); 'from' must be the local id of one of them ({Known(findings)})");
                }
            }

            if (Required($"{path}.to", link.To))
            {
                CheckLinkTarget($"{path}.to", link.To);
            }

            if (Required($"{path}.relation", link.Relation))
            {
                OneOf($"{path}.relation", link.Relation, DocumentVocabulary.LinkRelations, "link relation");
            }

            if (link.Relation == "addresses" && knownFrom && !actors.Contains(link.From, StringComparer.Ordinal))
            {
                Add($"{path}.relation", $"'{link.From}' is not an intervention, function or activity; only those address a finding of another study");
            }

            Required($"{path}.rationale", link.Rationale);
            Required($"{path}.author", link.Author);
        }
    }

    private void CheckLinkTarget(string path, string target)
    {
        if (!StudyIds.IsGlobal(target))
        {
            Add(path, $"'{target}' is not a global id: write '{{other study id}}/{{local id}}', e.g. 'brooks-2023-bsme/communities-of-practice'");
        }
        else if (target.StartsWith(_document.Id + "/", StringComparison.Ordinal))
        {
            Add(path, $"'{target}' is a finding of this study; a link must point to a finding of another study");
        }
    }
}
