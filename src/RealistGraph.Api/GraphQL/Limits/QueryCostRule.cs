using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using RealistGraph.Api.GraphQL.Paging;

namespace RealistGraph.Api.GraphQL.Limits;

/// <summary>
/// The cost of a request before any of it runs: every field costs 1 (or its weight in <see cref="FieldWeights"/>),
/// and what is selected under a list costs once per element. A list's size is its <c>first</c> argument where the
/// field takes one (the default page size when not given), else <see cref="RequestLimits.UnpagedListSize"/>.
/// Refuses a request above <see cref="RequestLimits.MaxQueryCost"/> or deeper than <see cref="RequestLimits.MaxQueryDepth"/>,
/// and leaves the figure in <see cref="ValidationContext.UserContext"/> for the response's <c>extensions.cost</c>.
/// </summary>
public sealed class QueryCostRule(RequestLimits limits) : ValidationRuleBase
{
    public const string CostKey = "realist.cost";

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            if (operation != ctx.Operation)
            {
                return;
            }

            IComplexGraphType? root = operation.Operation switch
            {
                OperationType.Mutation => ctx.Schema.Mutation,
                OperationType.Subscription => ctx.Schema.Subscription,
                _ => ctx.Schema.Query,
            };
            if (root is null)
            {
                return;
            }

            var walk = new Walk(ctx, limits);
            var cost = (long)Math.Min(walk.Cost(operation.SelectionSet, root, 1, null), long.MaxValue / 2);
            ctx.UserContext[CostKey] = new Dictionary<string, object?> { ["requested"] = cost, ["limit"] = limits.MaxQueryCost };
            if (walk.Depth > limits.MaxQueryDepth)
            {
                ctx.ReportError(LimitErrors.Validation(ctx, nameof(RequestLimits.MaxQueryDepth), limits.MaxQueryDepth, walk.Depth,
                    $"The query nests {walk.Depth} levels deep; at most {limits.MaxQueryDepth} are allowed ({RequestLimits.SettingName(nameof(RequestLimits.MaxQueryDepth))}).",
                    operation));
            }

            if (cost > limits.MaxQueryCost)
            {
                ctx.ReportError(LimitErrors.Validation(ctx, nameof(RequestLimits.MaxQueryCost), limits.MaxQueryCost, cost,
                    $"The query would cost {cost:N0} (fields × list sizes); at most {limits.MaxQueryCost:N0} is allowed ({RequestLimits.SettingName(nameof(RequestLimits.MaxQueryCost))}). " +
                    "Ask for smaller pages (first:), fewer nested lists or fewer aliases.",
                    operation));
            }
        }));

    private sealed class Walk(ValidationContext context, RequestLimits limits)
    {
        private readonly HashSet<string> _fragmentsOnPath = [];

        public int Depth { get; private set; }

        // pageSize: the page size of the connection being walked; its list of nodes or edges has that size.
        public double Cost(GraphQLSelectionSet selections, IComplexGraphType parent, int depth, int? pageSize)
        {
            double total = 0;
            foreach (var selection in selections.Selections)
            {
                total += selection switch
                {
                    GraphQLField field => FieldCost(field, parent, depth, pageSize),
                    GraphQLInlineFragment inline => Cost(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parent, depth, pageSize),
                    GraphQLFragmentSpread spread => SpreadCost(spread, parent, depth, pageSize),
                    _ => 0,
                };
            }

            return total;
        }

        private double FieldCost(GraphQLField field, IComplexGraphType parent, int depth, int? pageSize)
        {
            var name = field.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                return 0; // introspection and __typename read the schema in memory
            }

            Depth = Math.Max(Depth, depth);
            var definition = parent.GetField(name);
            if (definition?.ResolvedType is null)
            {
                return 1;
            }

            double cost = FieldWeights.Of(parent.Name, name);
            if (field.SelectionSet is null || definition.ResolvedType.GetNamedType() is not IComplexGraphType child)
            {
                return cost;
            }

            var first = definition.Arguments?.Find("first") is null ? (int?)null : First(field) ?? PagedField.DefaultPageSize;
            var isList = (definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : definition.ResolvedType) is ListGraphType;
            double size = (isList, first) switch
            {
                (true, { } n) => n,
                (true, null) => pageSize ?? limits.UnpagedListSize,
                _ => 1,
            };

            // A connection's first: sizes the list of nodes below it, not the connection itself.
            var childPage = !isList && first is not null ? first : null;
            return cost + (size * Cost(field.SelectionSet, child, depth + 1, childPage));
        }

        private double SpreadCost(GraphQLFragmentSpread spread, IComplexGraphType parent, int depth, int? pageSize)
        {
            var name = spread.FragmentName.Name.StringValue;
            var fragment = context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value);
            if (fragment is null || !_fragmentsOnPath.Add(name))
            {
                return 0;
            }

            try
            {
                return Cost(fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? parent, depth, pageSize);
            }
            finally
            {
                _fragmentsOnPath.Remove(name);
            }
        }

        private IComplexGraphType? TypeOf(GraphQLTypeCondition? condition) =>
            condition is null ? null : context.Schema.AllTypes[condition.Type.Name.StringValue] as IComplexGraphType;

        private int? First(GraphQLField field)
        {
            if (context.ArgumentValues is { } all && all.TryGetValue(field, out var arguments)
                && arguments.TryGetValue("first", out var value) && value.Value is not null)
            {
                return Convert.ToInt32(value.Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            return field.Arguments?.ValueFor("first") is GraphQLIntValue literal
                && int.TryParse(literal.Value.Span, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        }
    }
}
