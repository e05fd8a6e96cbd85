using GraphQL.Validation;
using GraphQLParser.AST;

namespace RealistGraph.Api.GraphQL.Limits;

/// <summary>
/// Refuses documents built to multiply work or errors cheaply: too many aliases, one field asked for again and
/// again in one selection set, or too many directives. Each limit is reported once, naming its setting.
/// </summary>
public sealed class DocumentShapeRule(RequestLimits limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var aliases = 0;
        var directives = 0;
        var repeatsReported = false;
        return new(new NodeVisitors(
            new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
            {
                if (field.Alias is not null && ++aliases == limits.MaxAliases + 1)
                {
                    ctx.ReportError(LimitErrors.Validation(ctx, nameof(RequestLimits.MaxAliases), limits.MaxAliases, aliases,
                        $"The query uses more than {limits.MaxAliases} aliases ({RequestLimits.SettingName(nameof(RequestLimits.MaxAliases))}).", field));
                }
            }),
            new MatchingNodeVisitor<GraphQLDirective>((directive, ctx) =>
            {
                if (++directives == limits.MaxDirectives + 1)
                {
                    ctx.ReportError(LimitErrors.Validation(ctx, nameof(RequestLimits.MaxDirectives), limits.MaxDirectives, directives,
                        $"The query uses more than {limits.MaxDirectives} directives ({RequestLimits.SettingName(nameof(RequestLimits.MaxDirectives))}).", directive));
                }
            }),
            new MatchingNodeVisitor<GraphQLSelectionSet>((selections, ctx) =>
            {
                if (repeatsReported)
                {
                    return;
                }

                var repeated = selections.Selections.OfType<GraphQLField>()
                    .GroupBy(f => f.Name.StringValue, StringComparer.Ordinal)
                    .FirstOrDefault(g => g.Count() > limits.MaxFieldRepeats);
                if (repeated is not null)
                {
                    repeatsReported = true;
                    ctx.ReportError(LimitErrors.Validation(ctx, nameof(RequestLimits.MaxFieldRepeats), limits.MaxFieldRepeats, repeated.Count(),
                        $"'{repeated.Key}' is asked for {repeated.Count()} times in one selection; at most {limits.MaxFieldRepeats} are allowed ({RequestLimits.SettingName(nameof(RequestLimits.MaxFieldRepeats))}).",
                        repeated.First()));
                }
            })));
    }
}
