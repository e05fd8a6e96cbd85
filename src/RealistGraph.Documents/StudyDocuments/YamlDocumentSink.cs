using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RealistGraph.Documents.StudyDocuments;

internal sealed partial class YamlDocumentSink : IDocumentSink
{
    private readonly Emitter _emitter;

    public YamlDocumentSink(TextWriter writer)
    {
        var settings = EmitterSettings.Default.WithBestIndent(2).WithBestWidth(100).WithIndentedSequences();
        _emitter = new Emitter(writer, settings);
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart(null, null, isImplicit: true));
    }

    public void BeginMapping() => _emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));

    public void Key(string name) => _emitter.Emit(new Scalar(name));

    public void EndMapping() => _emitter.Emit(new MappingEnd());

    public void BeginSequence(bool compact) =>
        _emitter.Emit(new SequenceStart(null, null, true, compact ? SequenceStyle.Flow : SequenceStyle.Block));

    public void EndSequence() => _emitter.Emit(new SequenceEnd());

    public void Text(string value)
    {
        // Multi-line text reads best as a block scalar; text another YAML reader could take for a number,
        // boolean, null or date is quoted so that every tool reads it back as text.
        var style = value.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal
            : LooksTyped().IsMatch(value) ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Any;
        _emitter.Emit(new Scalar(null, null, value, style, true, true));
    }

    public void Number(int value) =>
        _emitter.Emit(new Scalar(null, null, value.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain, true, false));

    public void Complete()
    {
        _emitter.Emit(new DocumentEnd(isImplicit: true));
        _emitter.Emit(new StreamEnd());
    }

    [GeneratedRegex(@"^$|^[-+.]?[0-9]|^(~|null|true|false|yes|no|on|off)$", RegexOptions.IgnoreCase)]
    private static partial Regex LooksTyped();
}
