using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace RealistGraph.Api.GraphQL.Types;

/// <summary>An object type over a domain record, with shorthands for the relationship fields every type has.</summary>
public abstract class RecordType<T> : ObjectGraphType<T>
{
    protected void Many<TGraph>(string name, string description, Func<IResolveFieldContext<T>, IDataLoaderResult> resolve)
        where TGraph : IGraphType =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraph>>>>(name).Description(description).Resolve(resolve);

    protected void One<TGraph>(string name, string description, Func<IResolveFieldContext<T>, IDataLoaderResult> resolve)
        where TGraph : IGraphType =>
        Field<TGraph>(name).Description(description).Resolve(resolve);

    protected void Id(System.Linq.Expressions.Expression<Func<T, string>> id, string description) =>
        Field(id, type: typeof(NonNullGraphType<IdGraphType>)).Description(description);
}
