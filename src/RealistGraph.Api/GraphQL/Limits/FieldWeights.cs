namespace RealistGraph.Api.GraphQL.Limits;

/// <summary>
/// Fields that cost more than one Cypher row: each runs its own query over one or all studies (or writes a whole
/// study), so asking for it under many aliases multiplies real work. Weights are in the unit of one plain field.
/// </summary>
public static class FieldWeights
{
    private static readonly Dictionary<string, int> Weights = new(StringComparer.Ordinal)
    {
        ["Query.cogModel"] = 500,
        ["Query.counterRotatingParticipants"] = 500,
        ["Query.recurringFindings"] = 1_000,
        ["Query.suggestedLinks"] = 2_000,
        ["Query.exportStudy"] = 2_000,
        ["Query.linkedFindings"] = 200,
        ["Query.findingLinks"] = 100,
        ["Query.search"] = 200,
        ["Mutation.importStudy"] = 5_000,
    };

    public static int Of(string parentType, string field) => Weights.GetValueOrDefault($"{parentType}.{field}", 1);
}
