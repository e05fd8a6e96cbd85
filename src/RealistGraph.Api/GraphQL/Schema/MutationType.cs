using GraphQL.Types;

namespace RealistGraph.Api.GraphQL.Schema;

/// <summary>Where every write enters.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Changes to studies, their parts and the links between them; each is all or nothing.";
        StudyMutations.AddTo(this);
    }
}
