using GraphQL;
using GraphQLParser.AST;

namespace RealistGraph.Api.GraphQL.Loaders;

public static class ResolveContextExtensions
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphLoaders>();

    /// <summary>
    /// Whether <paramref name="field"/> is selected anywhere below this field (through fragments too).
    /// Long texts (quote text, summaries) are fetched only then; a false positive only costs bytes.
    /// </summary>
    public static bool Selects(this IResolveFieldContext context, string field) =>
        Contains(context.FieldAst.SelectionSet, field, context.Document, 0, true);

    /// <summary>
    /// Whether this field's own selection asks for <paramref name="field"/> (through fragments, not inside its
    /// sub-fields): a connection counts all its records only when its own <c>totalCount</c> is asked for.
    /// </summary>
    public static bool SelectsOwn(this IResolveFieldContext context, string field) =>
        Contains(context.FieldAst.SelectionSet, field, context.Document, 0, false);

    /// <summary>
    /// Whether this field's selection asks for nothing but <c>id</c> (and <c>__typename</c>), so that the children
    /// can be read as ids only. Fragments count as asking for more.
    /// </summary>
    public static bool SelectsOnlyId(this IResolveFieldContext context) =>
        context.FieldAst.SelectionSet is { Selections.Count: > 0 } set
        && set.Selections.All(s => s is GraphQLField { SelectionSet: null } f && f.Name.StringValue is "id" or "__typename");

    private static bool Contains(GraphQLSelectionSet? set, string field, GraphQLDocument document, int depth, bool intoFields)
    {
        if (set is null || depth > 8)
        {
            return false;
        }

        foreach (var selection in set.Selections)
        {
            var found = selection switch
            {
                GraphQLField f => f.Name.StringValue == field || (intoFields && Contains(f.SelectionSet, field, document, depth + 1, intoFields)),
                GraphQLInlineFragment inline => Contains(inline.SelectionSet, field, document, depth + 1, intoFields),
                GraphQLFragmentSpread spread => Contains(
                    document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue)?.SelectionSet,
                    field, document, depth + 1, intoFields),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }
}
