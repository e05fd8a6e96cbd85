using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Domain.Links;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Types.Analysis;

public sealed class RecurringFindingType : ObjectGraphType<FindingCluster>
{
    public RecurringFindingType()
    {
        Name = "RecurringFinding";
        Description = "One finding reported by several studies: findings joined by corroborating, refining or similar-to links.";
        Field<NonNullGraphType<IntGraphType>>("studyCount").Description("How many studies report it.").Resolve(c => c.Source.StudyIds.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StudyType>>>>("studies")
            .Description("The studies that report it.")
            .Resolve(c => c.Loaders().Nodes(Nodes.Study, c.Source.StudyIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingType>>>>("findings")
            .Description("Each study's version of the finding; select their quotes for the evidence by study.")
            .Resolve(c => c.Loaders().Nodes(Nodes.Finding, c.Source.FindingIds, c.Selects("summary")));
    }
}
