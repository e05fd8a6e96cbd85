using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RealistGraph.Documents.Safety;

/// <summary>
/// Passes YAML parse events on to the node builder and stops before it is asked to do unbounded work: an alias
/// (<c>*name</c>) is refused, since a few hundred bytes of nested aliases expand to gigabytes ("billion laughs"),
/// and nesting deeper than the limit is refused before any recursion over it starts.
/// </summary>
internal sealed class GuardedYamlParser(IParser inner, DocumentLimits limits) : IParser
{
    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case AnchorAlias alias:
                throw new YamlException(alias.Start, alias.End,
                    $"YAML aliases (*{alias.Value}) are not accepted: write the value out where it is used");
            case MappingStart or SequenceStart when ++_depth > limits.MaxDepth:
                throw new YamlException(inner.Current.Start, inner.Current.End,
                    $"the document nests more than {limits.MaxDepth} levels deep (REALIST_MAX_DOCUMENT_DEPTH)");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }
}
