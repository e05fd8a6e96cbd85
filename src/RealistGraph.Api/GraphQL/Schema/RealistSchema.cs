namespace RealistGraph.Api.GraphQL.Schema;

public sealed class RealistSchema : global::GraphQL.Types.Schema
{
    public RealistSchema(IServiceProvider services, QueryType query, Mutations.MutationType mutation)
        : base(services)
    {
        Description = "RealistGraph: realist evaluation studies, their findings and the evidence behind them.";
        Query = query;
        Mutation = mutation;
    }
}
