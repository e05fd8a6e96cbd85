using RealistGraph.Application.Editing;
using RealistGraph.Neo4j.Mutations;

namespace RealistGraph.IntegrationTests.Mutations;

/// <summary>The rules (Application) and the writes (Neo4j) name the same labels, relationship fields and relationships.</summary>
public sealed class EditSpecsTests
{
    [Fact]
    public void Every_entity_the_rules_allow_has_its_writes_and_no_other()
    {
        Assert.Equal(EditSpecs.Entities.Select(e => e.Label).Order(StringComparer.Ordinal), StudyWriteStore.Labels.Keys.Order(StringComparer.Ordinal));
        foreach (var spec in EditSpecs.Entities)
        {
            Assert.Equal(
                spec.Fields.Where(f => f.IsRelationship).Select(f => f.Name).Order(StringComparer.Ordinal),
                StudyWriteStore.Labels[spec.Label].Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Every_relationship_the_rules_allow_has_its_writes() =>
        Assert.Equal(EditSpecs.RelationshipTypes.Order(StringComparer.Ordinal), StudyWriteStore.RelationshipTypes.Order(StringComparer.Ordinal));
}
