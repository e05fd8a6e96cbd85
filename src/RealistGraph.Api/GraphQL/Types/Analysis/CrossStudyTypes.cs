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
        Description = "One finding reported by several studies: findings joined by CORROBORATES or SIMILAR_TO links, never a support with a threat.";
        Field<NonNullGraphType<IntGraphType>>("studyCount").Description("How many studies report it.").Resolve(c => c.Source.StudyIds.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StudyType>>>>("studies")
            .Description("The studies that report it.")
            .Resolve(c => c.Loaders().Nodes(Nodes.Study, c.Source.StudyIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingType>>>>("findings")
            .Description("Each study's version of the finding; select their quotes for the evidence by study.")
            .Resolve(c => c.Loaders().Nodes(Nodes.Finding, c.Source.FindingIds, c.Selects("summary")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PolarityType>>>>("polarities")
            .Description("The polarities of its findings (a theme's polarity; an outcome's valence, POSITIVE as SUPPORT and NEGATIVE as THREAT; "
                + "a CMO configuration's outcome's): never both SUPPORT and THREAT; empty when none of its kinds has one.")
            .Resolve(c => c.Source.Polarities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingLinkType>>>>("links")
            .Description("The same-finding links (CORROBORATES, SIMILAR_TO) between its findings: what formed the group.")
            .Resolve(c => c.Source.Links);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingLinkType>>>>("unfollowedLinks")
            .Description("Same-finding links touching its findings that were not followed because they would join a support with a threat.")
            .Resolve(c => c.Source.UnfollowedLinks);
    }
}
