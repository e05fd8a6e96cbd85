using GraphQL.Types;
using RealistGraph.Neo4j.Changes;

namespace RealistGraph.Api.GraphQL.Types;

public sealed class ChangeType : ObjectGraphType<Change>
{
    public ChangeType()
    {
        Name = "Change";
        Description = "One entry of a study's change log: who changed what, when. Entries are never edited or removed.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entry's id; ids sort in the order the changes were made.");
        Field(c => c.StudyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The study changed (it may since have been deleted).");
        Field(c => c.At).Description("When, in ISO 8601 UTC.");
        Field(c => c.Actor).Description("Who: the API key's name, the token's subject, 'anonymous', or 'cli' for the command line.");
        Field(c => c.Action).Description("What was done: the mutation's name (createTheme, connectEvidences ...), or importStudy.");
        Field(c => c.Target).Description("The id of the node the change was made to (the study's id for imports and study changes).");
        Field(c => c.Summary).Description("A short account: the fields set, or what was connected or deleted.");
    }
}
