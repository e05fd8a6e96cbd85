using System.Reflection;
using RealistGraph.IntegrationTests.Infrastructure;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;

namespace RealistGraph.IntegrationTests.Mutations;

/// <summary>The write API's schema is documented, and its query files are named and run on the test server.</summary>
public sealed class MutationSchemaIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task Every_mutation_its_arguments_and_the_fields_of_its_inputs_have_descriptions()
    {
        var data = await Fixture.DataAsync("""
            { __schema { mutationType { fields { name description args { name description type { inputFields { name description } ofType { name inputFields { name description } } } } } } } }
            """);
        var fields = data.GetProperty("__schema").GetProperty("mutationType").GetProperty("fields").EnumerateArray().ToList();
        var names = fields.Select(f => f.GetProperty("name").GetString()!).ToHashSet();
        foreach (var entity in new[] { "Study", "Intervention", "Function", "Activity", "Domain", "Theme", "Participant", "Quote", "Context", "Mechanism", "Outcome", "CmoConfiguration", "DomainInteraction" })
        {
            Assert.Contains($"create{entity}", names);
            Assert.Contains($"update{entity}", names);
            Assert.Contains($"delete{entity}", names);
        }

        foreach (var relation in new[] { "Evidence", "Involvement", "Enactment" })
        {
            Assert.Contains($"connect{relation}", names);
            Assert.Contains($"disconnect{relation}", names);
        }

        Assert.All(fields, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString()), f.GetProperty("name").GetString());
            Assert.All(f.GetProperty("args").EnumerateArray(), a =>
            {
                Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("description").GetString()), $"{f.GetProperty("name")}.{a.GetProperty("name")}");
                var type = a.GetProperty("type"); // NON_NULL wraps the input type in ofType; a nullable argument is the type itself.
                var named = type.GetProperty("ofType") is { ValueKind: System.Text.Json.JsonValueKind.Object } inner ? inner : type;
                if (named.GetProperty("inputFields") is { ValueKind: System.Text.Json.JsonValueKind.Array } inputs)
                {
                    Assert.All(inputs.EnumerateArray(), i => Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("description").GetString()), $"{f.GetProperty("name")}.input.{i.GetProperty("name")}"));
                }
            });
        });
    }

    [Fact]
    public async Task Every_mutation_query_file_has_a_name_and_compiles_on_the_test_server()
    {
        var named = typeof(QueryNames.Mutations).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToHashSet();
        var files = QueryCatalog.Embedded.Names.Where(n => n.StartsWith("queries/mutations/", StringComparison.Ordinal)).ToHashSet();
        Assert.Equal(files.Order(), named.Order());
        foreach (var name in files)
        {
            await Fixture.Database.RunAsync(new CypherStatement("EXPLAIN " + QueryCatalog.Embedded.Text(name)) { Name = name });
        }
    }
}
