using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>Turns a code tree into domains, themes, contexts, mechanisms and outcomes, as the mapping (or the defaults) say.</summary>
internal sealed class CodebookMapper
{
    private readonly Codebook _codebook;
    private readonly RefiMapping _mapping;
    private readonly StudyDocument _document;
    private readonly ImportReport _report;
    private readonly Dictionary<CodeNode, CodeKind> _kinds = [];
    private readonly LocalIdPool _ids;
    private readonly Dictionary<string, CodeTarget> _targets = new(StringComparer.Ordinal);
    private DomainEntry? _defaultDomain;

    private CodebookMapper(Codebook codebook, RefiMapping mapping, StudyDocument document, ImportReport report, LocalIdPool ids)
    {
        _ids = ids;
        _codebook = codebook;
        _mapping = mapping;
        _document = document;
        _report = report;
    }

    /// <summary>
    /// Adds the entries to <paramref name="document"/>; returns code guid → what it became. <paramref name="otherMatches"/>
    /// counts the things that are not codes (cases) an <c>ids</c> key names; null when there are none.
    /// </summary>
    public static IReadOnlyDictionary<string, CodeTarget> Map(
        Codebook codebook, RefiMapping mapping, StudyDocument document, ImportReport report, LocalIdPool ids, Func<string, int>? otherMatches = null)
    {
        var mapper = new CodebookMapper(codebook, mapping, document, report, ids);
        mapper.Classify();
        foreach (var node in codebook.All)
        {
            mapper.Add(node);
        }

        mapper.CheckKeys(mapping.Polarity.Keys, "polarity", "a polarity", _ => 0);
        mapper.CheckKeys(mapping.Canonical.Keys, "canonical", "a canonical domain", key =>
            mapper._targets.Values.Count(t => t.Kind == CodeKind.Domain && string.Equals(t.Id, key, StringComparison.OrdinalIgnoreCase) && !t.Node.IsNamedBy(key)));
        mapper.CheckKeys(mapping.Ids.Keys, "ids", "a local id", otherMatches ?? (_ => 0));
        foreach (var node in codebook.All)
        {
            var became = mapper._targets.TryGetValue(node.Guid, out var target) && target.Node == node
                ? $"{target.KindWithArticle} '{target.Id}'"
                : mapper._kinds.GetValueOrDefault(node) == CodeKind.Grouping ? "nothing (a category that groups others)" : "nothing";
            report.Became(node.Path, became);
        }

        return mapper._targets;
    }

    /// <summary>Warns about each key of a mapping section that names no code, or several (every key is checked, not just the role lists).</summary>
    private void CheckKeys(IEnumerable<string> keys, string section, string what, Func<string, int> otherMatches)
    {
        foreach (var key in keys)
        {
            var matches = _codebook.All.Where(n => n.IsNamedBy(key)).ToList();
            var others = otherMatches(key);
            if (matches.Count + others == 0)
            {
                _report.Warn("Mapping", key, $"{section}: gives {what}, but no code{(section == "ids" ? " or case" : "")} has that name, path or guid; not used");
            }
            else if (matches.Count > 1)
            {
                _report.Warn("Mapping", key, $"{section}: gives {what} and matches {matches.Count} codes ({string.Join(", ", matches.Take(5).Select(m => m.Path))}{(matches.Count > 5 ? ", ..." : "")}); applied to all of them; name one by its path or guid");
            }
        }
    }

    private void Classify()
    {
        MarkKind(_mapping.Contexts, RefiNames.ContextsSet, CodeKind.Context);
        MarkKind(_mapping.Mechanisms, RefiNames.MechanismsSet, CodeKind.Mechanism);
        MarkKind(_mapping.Outcomes, RefiNames.OutcomesSet, CodeKind.Outcome);

        IEnumerable<CodeNode> domains;
        if (_mapping.Domains is not null)
        {
            domains = Resolve(_mapping.Domains, "a domain");
        }
        else if (_codebook.Sets.TryGetValue(RefiNames.DomainsSet, out var set) && set.Count > 0)
        {
            domains = _codebook.All.Where(n => set.Contains(n.Guid));
        }
        else
        {
            domains = _codebook.Roots.Where(r => !_kinds.ContainsKey(r) && (r.Children.Count > 0 || !r.IsCodable));
        }

        foreach (var domain in domains.ToList())
        {
            if (!_kinds.TryAdd(domain, CodeKind.Domain))
            {
                _report.Warn("Code", domain.Path, $"named as a domain but already a {_kinds[domain].ToString().ToLowerInvariant()}; kept as the latter");
            }
        }
    }

    private void MarkKind(List<string> keys, string setName, CodeKind kind)
    {
        var what = kind.ToString().ToLowerInvariant();
        var marked = keys.Count > 0
            ? Resolve(keys, $"a {what}")
            : _codebook.Sets.TryGetValue(setName, out var set) ? _codebook.All.Where(n => set.Contains(n.Guid)).ToList() : [];
        foreach (var root in marked)
        {
            var grouping = !root.IsCodable && root.Children.Count > 0;
            foreach (var node in root.SelfAndDescendants())
            {
                _kinds[node] = grouping && node == root ? CodeKind.Grouping : kind;
            }

            if (grouping)
            {
                _report.Skip("Code", root.Path, $"a category that groups {what}s; only the codes below it become {what}s");
            }
        }
    }

    private List<CodeNode> Resolve(IEnumerable<string> keys, string role)
    {
        var found = new List<CodeNode>();
        foreach (var key in keys)
        {
            var matches = _codebook.All.Where(n => n.IsNamedBy(key)).ToList();
            if (matches.Count == 0)
            {
                _report.Warn("Mapping", key, $"names {role}, but no code has that name, path or guid");
            }
            else if (matches.Count > 1)
            {
                _report.Warn("Mapping", key, $"names {role} and matches {matches.Count} codes ({string.Join(", ", matches.Select(m => m.Path))}); all are used");
            }

            found.AddRange(matches);
        }

        return found;
    }

    private void Add(CodeNode node)
    {
        var kind = _kinds.TryGetValue(node, out var k) ? k : CodeKind.Theme;
        if (kind == CodeKind.Grouping)
        {
            return;
        }

        var id = IdFor(node);
        _targets.TryAdd(node.Guid, new CodeTarget(kind, id, node));
        switch (kind)
        {
            case CodeKind.Domain:
                _document.Domains.Add(new DomainEntry
                {
                    Id = id,
                    Name = node.Name,
                    Canonical = Lookup(_mapping.Canonical, node, id) ?? RefiNames.Slug(node.Name),
                    Description = node.Description,
                });
                break;
            case CodeKind.Theme:
                _document.Themes.Add(new ThemeEntry
                {
                    Id = id,
                    Name = node.Name,
                    Domain = DomainOf(node),
                    Polarity = ThemePolarity(node),
                    Summary = node.Description,
                    Parent = node.Parent is not null && _targets.TryGetValue(node.Parent.Guid, out var parent) && parent.Kind == CodeKind.Theme ? parent.Id : null,
                });
                break;
            case CodeKind.Context:
                _document.Contexts.Add(new ContextEntry { Id = id, Description = node.Name });
                break;
            case CodeKind.Mechanism:
                _document.Mechanisms.Add(new MechanismEntry { Id = id, Name = node.Name });
                break;
            case CodeKind.Outcome:
                _document.Outcomes.Add(new OutcomeEntry
                {
                    Id = id,
                    Description = node.Name,
                    Valence = OutcomeValence(node),
                });
                break;
        }
    }

    private string OutcomeValence(CodeNode node)
    {
        var polarity = Polarity(node);
        if (polarity is null)
        {
            _report.Warn("Code", node.Path, "no polarity given for this outcome; its valence set to 'mixed'");
        }

        return polarity switch { "support" => "positive", "threat" => "negative", _ => "mixed" };
    }

    private string DomainOf(CodeNode node)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (_targets.TryGetValue(ancestor.Guid, out var target) && target.Kind == CodeKind.Domain)
            {
                return target.Id;
            }
        }

        if (_defaultDomain is null)
        {
            var name = string.IsNullOrWhiteSpace(_mapping.DefaultDomain) ? "general" : _mapping.DefaultDomain;
            var id = _ids.Take(RefiNames.Slug(name));
            _defaultDomain = new DomainEntry { Id = id, Name = name, Canonical = RefiNames.Slug(name) };
            _document.Domains.Add(_defaultDomain);
        }

        _report.Warn("Code", node.Path, $"no domain code above this theme; put in the default domain '{_defaultDomain.Name}'");
        return _defaultDomain.Id;
    }

    private string ThemePolarity(CodeNode node)
    {
        var polarity = Polarity(node);
        if (polarity is not null)
        {
            return polarity;
        }

        var fallback = RefiNames.Polarities.Contains(_mapping.DefaultPolarity, StringComparer.OrdinalIgnoreCase)
            ? _mapping.DefaultPolarity.ToLowerInvariant()
            : "mixed";
        _report.Warn("Code", node.Path, $"no polarity given for this theme; set to '{fallback}'");
        return fallback;
    }

    private string? Polarity(CodeNode node)
    {
        var mapped = Lookup(_mapping.Polarity, node, null);
        if (mapped is not null)
        {
            if (RefiNames.Polarities.Contains(mapped.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return mapped.Trim().ToLowerInvariant();
            }

            _report.Warn("Mapping", node.Path, $"polarity '{mapped}' is not support, threat or mixed; ignored");
        }

        return RefiNames.Polarities.FirstOrDefault(p =>
            _codebook.Sets.TryGetValue(RefiNames.PolaritySetPrefix + p, out var members) && members.Contains(node.Guid));
    }

    private string IdFor(CodeNode node)
    {
        return _ids.Take(Lookup(_mapping.Ids, node, null) ?? RefiNames.Slug(node.Name));
    }

    private static string? Lookup(Dictionary<string, string> map, CodeNode node, string? id)
    {
        foreach (var (key, value) in map)
        {
            if (node.IsNamedBy(key) || (id is not null && string.Equals(key, id, StringComparison.OrdinalIgnoreCase)))
            {
                return value;
            }
        }

        return null;
    }
}
