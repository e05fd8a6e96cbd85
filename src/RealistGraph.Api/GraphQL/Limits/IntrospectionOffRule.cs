using GraphQL.Validation;
using GraphQLParser.AST;

namespace RealistGraph.Api.GraphQL.Limits;

/// <summary>
/// Refuses <c>__schema</c> and <c>__type</c> when introspection is off (<c>Realist:Introspection</c>); <c>__typename</c>
/// stays, and so does the one question the web pages ask, the names of the root query fields
/// (<c>__type(name: "Query") { fields { name } }</c>), which tells the cogs page whether <c>cogModel</c> is offered.
/// </summary>
public sealed class IntrospectionOffRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            var name = field.Name.StringValue;
            if (name is "__schema" || (name is "__type" && !IsRootFieldNames(field)))
            {
                var error = new ValidationError(ctx.Document.Source, "INTROSPECTION_DISABLED",
                    $"Introspection ({name}) is off on this service (setting Realist:Introspection).", field)
                {
                    Code = "INTROSPECTION_DISABLED",
                };
                ctx.ReportError(error);
            }
        }));

    private static bool IsRootFieldNames(GraphQLField field) =>
        field.Arguments?.ValueFor("name") is GraphQLStringValue { Value.Span: "Query" }
        && field.SelectionSet?.Selections is [GraphQLField { Name.StringValue: "fields", SelectionSet.Selections: [GraphQLField { Name.StringValue: "name", SelectionSet: null }] }];
}
