using System.Xml.Linq;
using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Refi;

/// <summary>
/// Writes the codes of a study: domains as non-codable parents, themes as codable children (nested by Parent),
/// contexts, mechanisms and outcomes under non-codable groups; Sets record what REFI has no field for.
/// </summary>
internal sealed class CodebookWriter(StudyDocument document, XNamespace ns)
{
    private static readonly Dictionary<string, string> _colours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["support"] = "#2E7D32",
        ["threat"] = "#C62828",
        ["mixed"] = "#F9A825",
    };

    private readonly ExportGuids _guids = new(document);

    public bool HasCodes =>
        document.Domains.Count + document.Themes.Count + document.Contexts.Count + document.Mechanisms.Count + document.Outcomes.Count > 0;

    public XElement Codes()
    {
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var codes = new XElement(ns + "Codes");
        var themeIds = document.Themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var domainIds = document.Domains.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var domain in document.Domains)
        {
            var code = Code(_guids.Domain(domain.Id), domain.Name, _guids.Codable(domain.Id, false), domain.Description, _guids.Color(domain.Id));
            code.Add(document.Themes
                .Where(t => t.Domain == domain.Id && (t.Parent is null || !themeIds.Contains(t.Parent)))
                .Select(t => Theme(t, placed)));
            codes.Add(code);
        }

        // Themes of unknown domains, and themes caught in a Parent cycle, go to the top level rather than vanish.
        foreach (var theme in document.Themes.Where(t => !domainIds.Contains(t.Domain) && (t.Parent is null || !themeIds.Contains(t.Parent))))
        {
            codes.Add(Theme(theme, placed));
        }

        foreach (var theme in document.Themes.Where(t => !placed.Contains(t.Id)))
        {
            codes.Add(Theme(theme, placed));
        }

        AddGroup(codes, ExportGuids.ContextsGroup, document.Contexts.Select(c => Code(_guids.Context(c.Id), c.Description, _guids.Codable(c.Id, true), null, _guids.Color(c.Id))));
        AddGroup(codes, ExportGuids.MechanismsGroup, document.Mechanisms.Select(m => Code(_guids.Mechanism(m.Id), m.Name, _guids.Codable(m.Id, true), Describe(m), _guids.Color(m.Id))));
        AddGroup(codes, ExportGuids.OutcomesGroup, document.Outcomes.Select(o => Code(_guids.Outcome(o.Id), o.Description, _guids.Codable(o.Id, true), null, _guids.Color(o.Id))));
        return codes;
    }

    /// <param name="memberAttribute"><c>targetGUID</c> in a project, <c>guid</c> in a codebook (the two XSDs differ).</param>
    public XElement? Sets(string memberAttribute)
    {
        var sets = new List<XElement>();
        AddSet(sets, RefiNames.DomainsSet, "Codes that are domains (levels at which factors act).", document.Domains.Select(d => _guids.Domain(d.Id)), memberAttribute);
        AddSet(sets, RefiNames.ContextsSet, "Groups of codes that are contexts.", document.Contexts.Count > 0 ? [_guids.Group(ExportGuids.ContextsGroup)] : [], memberAttribute);
        AddSet(sets, RefiNames.MechanismsSet, "Groups of codes that are mechanisms.", document.Mechanisms.Count > 0 ? [_guids.Group(ExportGuids.MechanismsGroup)] : [], memberAttribute);
        AddSet(sets, RefiNames.OutcomesSet, "Groups of codes that are outcomes.", document.Outcomes.Count > 0 ? [_guids.Group(ExportGuids.OutcomesGroup)] : [], memberAttribute);
        foreach (var polarity in RefiNames.Polarities)
        {
            var themes = document.Themes.Where(t => string.Equals(t.Polarity, polarity, StringComparison.OrdinalIgnoreCase)).Select(t => _guids.Theme(t.Id));
            var outcomes = document.Outcomes.Where(o => Valence(o.Valence) == polarity).Select(o => _guids.Outcome(o.Id));
            AddSet(sets, RefiNames.PolaritySetPrefix + polarity, $"Themes that are a {polarity} (and outcomes of that valence).", themes.Concat(outcomes), memberAttribute);
        }

        return sets.Count == 0 ? null : new XElement(ns + "Sets", sets);
    }

    private XElement Theme(ThemeEntry theme, HashSet<string> placed)
    {
        placed.Add(theme.Id);
        var code = Code(_guids.Theme(theme.Id), theme.Name, _guids.Codable(theme.Id, true), theme.Summary, _guids.Color(theme.Id) ?? _colours.GetValueOrDefault(theme.Polarity));
        foreach (var child in document.Themes.Where(t => t.Parent == theme.Id && !placed.Contains(t.Id)).ToList())
        {
            code.Add(Theme(child, placed));
        }

        return code;
    }

    private void AddGroup(XElement codes, string name, IEnumerable<XElement> children)
    {
        var list = children.ToList();
        if (list.Count > 0)
        {
            codes.Add(Code(_guids.Group(name), name, false, null, null, list));
        }
    }

    private XElement Code(string guid, string name, bool codable, string? description, string? colour, IEnumerable<XElement>? children = null) =>
        new(ns + "Code",
            new XAttribute("guid", guid),
            new XAttribute("name", name),
            new XAttribute("isCodable", codable ? "true" : "false"),
            colour is null ? null : new XAttribute("color", colour),
            string.IsNullOrWhiteSpace(description) ? null : new XElement(ns + "Description", description),
            children);

    private void AddSet(List<XElement> sets, string name, string description, IEnumerable<string> members, string memberAttribute)
    {
        var list = members.ToList();
        if (list.Count > 0)
        {
            sets.Add(new XElement(ns + "Set",
                new XAttribute("guid", _guids.Set(name)),
                new XAttribute("name", name),
                new XElement(ns + "Description", description),
                list.Select(m => new XElement(ns + "MemberCode", new XAttribute(memberAttribute, m)))));
        }
    }

    private static string? Describe(MechanismEntry mechanism) =>
        mechanism.Resource is null && mechanism.Reasoning is null
            ? null
            : string.Join("\n", new[] { mechanism.Resource is null ? null : $"Resource: {mechanism.Resource}", mechanism.Reasoning is null ? null : $"Reasoning: {mechanism.Reasoning}" }.OfType<string>());

    private static string Valence(string valence) => valence.ToLowerInvariant() switch
    {
        "positive" => "support",
        "negative" => "threat",
        _ => "mixed",
    };
}
