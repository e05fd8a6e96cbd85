using System.Collections;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace RealistGraph.Api.GraphQL.Limits;

/// <summary>
/// Refuses texts longer than their kind allows, in literals and variables alike, before anything is stored:
/// long texts (quote texts, summaries, ...) up to <see cref="RequestLimits.MaxTextLength"/>, a study document up to
/// <see cref="RequestLimits.MaxDocumentLength"/>, every other text (names, titles, ids) up to <see cref="RequestLimits.MaxNameLength"/>.
/// Files in base64 (<c>contentBase64</c>, <c>mappingBase64</c>) are bounded by the upload limit instead.
/// The error is <c>VALIDATION</c> and names the argument path, e.g. <c>createTheme.input.name</c>.
/// </summary>
public sealed class InputTextLengthRule(RequestLimits limits) : ValidationRuleBase
{
    private static readonly HashSet<string> LongTexts = new(StringComparer.Ordinal)
    {
        "text", "summary", "description", "statement", "reasoning", "rationale", "design", "setting", "resource", "value",
    };

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (ctx.ArgumentValues is not { } all || !all.TryGetValue(field, out var arguments))
            {
                return;
            }

            foreach (var (name, argument) in arguments)
            {
                Check(ctx, field, $"{field.Name.StringValue}.{name}", name, argument.Value);
            }
        }));

    private void Check(ValidationContext context, GraphQLField field, string path, string name, object? value)
    {
        switch (value)
        {
            case string when name.EndsWith("Base64", StringComparison.Ordinal):
                break; // A file's bytes: bounded by the upload limit (REALIST_MAX_DOCUMENT_MB) where it is decoded.
            case string text:
                var (property, limit) = LimitFor(name);
                if (text.Length > limit)
                {
                    var error = LimitErrors.Validation(context, property, limit, text.Length,
                        $"{path}: {text.Length:N0} characters, more than the {limit:N0} allowed for this text ({RequestLimits.SettingName(property)}).", field);
                    error.Code = "VALIDATION";
                    context.ReportError(error);
                }

                break;
            case IDictionary<string, object?> map:
                foreach (var (key, inner) in map)
                {
                    Check(context, field, $"{path}.{key}", key, inner);
                }

                break;
            case IEnumerable list:
                var i = 0;
                foreach (var item in list)
                {
                    Check(context, field, $"{path}[{i++}]", name, item);
                }

                break;
        }
    }

    private (string Property, int Limit) LimitFor(string name) =>
        name == "document" ? (nameof(RequestLimits.MaxDocumentLength), limits.MaxDocumentLength)
        : LongTexts.Contains(name) ? (nameof(RequestLimits.MaxTextLength), limits.MaxTextLength)
        : (nameof(RequestLimits.MaxNameLength), limits.MaxNameLength);
}
