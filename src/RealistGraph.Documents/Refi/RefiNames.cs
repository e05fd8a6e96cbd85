using System.Text;

namespace RealistGraph.Documents.Refi;

/// <summary>Names RealistGraph writes into REFI files and reads back, and how local ids are made from names.</summary>
public static class RefiNames
{
    public const string ProjectNamespace = "urn:QDA-XML:project:1.0";
    public const string CodebookNamespace = "urn:QDA-XML:codebook:1.0";
    public const string ProjectEntry = "project.qde";
    public const string Origin = "RealistGraph";

    // Sets carry what REFI has no field for, so an exported project reads back without a mapping file.
    public const string DomainsSet = "RealistGraph domains";
    public const string ContextsSet = "RealistGraph contexts";
    public const string MechanismsSet = "RealistGraph mechanisms";
    public const string OutcomesSet = "RealistGraph outcomes";
    public const string PolaritySetPrefix = "Polarity: ";

    public static readonly string[] Polarities = ["support", "threat", "mixed"];

    /// <summary>A local id from a name: lower case letters, digits and dashes.</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().TrimEnd('-');
        return slug.Length == 0 ? "code" : slug;
    }

    /// <summary>A participant id from a label, keeping its case (<c>96-F</c> stays <c>96-F</c>).</summary>
    public static string LabelId(string label)
    {
        var builder = new StringBuilder(label.Length);
        foreach (var c in label.Trim())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        var id = builder.ToString().TrimStart('-', '_', '.').TrimEnd('-');
        return id.Length == 0 ? "participant" : id;
    }

    /// <summary>Makes <paramref name="id"/> unique among <paramref name="taken"/> by a numeric suffix, and takes it.</summary>
    public static string Unique(string id, HashSet<string> taken)
    {
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }
}
