using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Reading;
using Q = RealistGraph.Neo4j.Queries.QueryNames.Suggestions;

namespace RealistGraph.Neo4j.Suggestions;

/// <summary>Findings of any kind by id in one batch: the two ends of a link suggestion.</summary>
public static class SuggestionNodes
{
    public static NodeLookup<object> AnyFinding { get; } = new(Q.FindingsByIds, Read);

    private static object Read(CypherRecord x)
    {
        var labels = x.GetStrings("labels");
        return labels.Contains("Theme") ? GraphRecords.Theme(x)
            : labels.Contains("Mechanism") ? GraphRecords.Mechanism(x)
            : labels.Contains("Context") ? GraphRecords.Context(x)
            : labels.Contains("Outcome") ? GraphRecords.Outcome(x)
            : labels.Contains("CmoConfiguration") ? GraphRecords.Cmo(x)
            : labels.Contains("Intervention") ? GraphRecords.Intervention(x)
            : labels.Contains("Function") ? GraphRecords.Function(x)
            : GraphRecords.Activity(x);
    }
}
