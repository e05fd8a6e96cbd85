using System.Xml.Linq;

namespace RealistGraph.Documents.Refi;

/// <summary>Reads <c>Codes</c> and <c>Sets</c>, which the project and the codebook formats share (bar the MemberCode attribute).</summary>
internal static class CodebookReader
{
    public static Codebook Read(XElement? codes, XElement? sets, ImportReport report)
    {
        var roots = new List<CodeNode>();
        var byGuid = new Dictionary<string, CodeNode>(StringComparer.Ordinal);
        foreach (var code in codes?.Children("Code") ?? [])
        {
            roots.Add(ReadCode(code, null, byGuid, report));
        }

        return new Codebook(roots, byGuid, ReadSets(sets, byGuid, report));
    }

    private static CodeNode ReadCode(XElement element, CodeNode? parent, Dictionary<string, CodeNode> byGuid, ImportReport report)
    {
        var name = element.Attr("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            name = "(unnamed code)";
            report.Warn("Code", element.Attr("guid"), $"no name ({element.LineInfo()}); called '{name}'");
        }

        var guid = RefiGuid.Normalize(element.Attr("guid"));
        if (guid.Length == 0)
        {
            guid = RefiGuid.NameBased($"missing-guid:{parent?.Path}/{name}");
            report.Warn("Code", name, "no guid, so no coding can refer to it; kept for the hierarchy");
        }

        var node = new CodeNode
        {
            Guid = guid,
            Name = name.Trim(),
            IsCodable = !bool.TryParse(element.Attr("isCodable"), out var codable) || codable,
            Color = element.Attr("color"),
            Description = NullIfBlank(element.Child("Description")?.Value),
            Parent = parent,
        };
        if (!byGuid.TryAdd(guid, node))
        {
            report.Warn("Code", node.Path, $"guid {guid} is also used by code '{byGuid[guid].Path}'; codings with it go to the first");
        }

        foreach (var child in element.Children("Code"))
        {
            node.Children.Add(ReadCode(child, node, byGuid, report));
        }

        return node;
    }

    private static Dictionary<string, HashSet<string>> ReadSets(XElement? sets, Dictionary<string, CodeNode> byGuid, ImportReport report)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var set in sets?.Children("Set") ?? [])
        {
            var name = set.Attr("name") ?? "";
            if (!IsRealistSet(name))
            {
                report.Skip("Set", name, "not a RealistGraph set (domains, contexts, mechanisms, outcomes or 'Polarity: ...'); sets have no place in a study document");
                continue;
            }

            var members = result.TryGetValue(name, out var existing) ? existing : result[name] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in set.Children("MemberCode"))
            {
                var guid = RefiGuid.Normalize(member.Attr("targetGUID") ?? member.Attr("guid"));
                if (byGuid.ContainsKey(guid))
                {
                    members.Add(guid);
                }
                else
                {
                    report.Skip("MemberCode", guid, $"set '{name}' refers to a code that does not exist");
                }
            }

            foreach (var other in set.Elements().Where(e => e.Name.LocalName is "MemberSource" or "MemberNote"))
            {
                report.Skip(other.Name.LocalName, other.Attr("targetGUID"), $"set '{name}' may only hold codes");
            }
        }

        return result;
    }

    private static bool IsRealistSet(string name) =>
        name.Equals(RefiNames.DomainsSet, StringComparison.OrdinalIgnoreCase)
        || name.Equals(RefiNames.ContextsSet, StringComparison.OrdinalIgnoreCase)
        || name.Equals(RefiNames.MechanismsSet, StringComparison.OrdinalIgnoreCase)
        || name.Equals(RefiNames.OutcomesSet, StringComparison.OrdinalIgnoreCase)
        || name.StartsWith(RefiNames.PolaritySetPrefix, StringComparison.OrdinalIgnoreCase);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
