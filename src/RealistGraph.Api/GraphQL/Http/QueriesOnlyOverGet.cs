using GraphQL.Validation;
using GraphQLParser.AST;

namespace RealistGraph.Api.GraphQL.Http;

/// <summary>GET requests may be cached and replayed by proxies, so they run queries only.</summary>
public sealed class QueriesOnlyOverGet : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            if (operation.Operation != OperationType.Query)
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, "METHOD_NOT_ALLOWED",
                    "Mutations must be sent with POST; GET runs queries only.", operation));
            }
        }));
}
