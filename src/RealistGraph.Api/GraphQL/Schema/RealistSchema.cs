using GraphQL;

namespace RealistGraph.Api.GraphQL.Schema;

public sealed class RealistSchema : global::GraphQL.Types.Schema
{
    public RealistSchema(IServiceProvider services, QueryType query, Mutations.MutationType mutation)
        : base(services)
    {
        Description = "RealistGraph: realist evaluation studies, their findings and the evidence behind them.";
        Query = query;
        Mutation = mutation;

        // Introspection does not count towards the complexity limit (the depth limit still applies): the standard
        // introspection query of graphql-js, GraphiQL and code generators scores far above any useful data limit.
        this.WithIntrospectionComplexityImpact(0);
    }
}
