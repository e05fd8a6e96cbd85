using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace RealistGraph.Api.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's parallel strategy for queries, except for lists of objects whose selection asks only for plain fields
/// (<see cref="FlatObjectCollection"/>): those are read into rows of values and written as they are, instead of one execution
/// node per object and per field, which cost more than the Neo4j read itself for 15,000 quote ids. Anything else (a
/// nested selection, an argument, a directive, a fragment, a null where none is allowed) takes the usual path, which
/// also reports the errors.
/// </summary>
public sealed class FlatListExecutionStrategy : ParallelExecutionStrategy
{
    protected override Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        if (FlatObjectCollection.TryRead(context, parent) is { } rows)
        {
            parent.SerializedResult = rows;
            return Task.CompletedTask;
        }

        return base.SetArrayItemNodesAsync(context, parent);
    }
}
