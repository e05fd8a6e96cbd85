using RealistGraph.IntegrationTests.Analysis;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.GraphQL;

/// <summary>Canonical-domain and text filters match whatever the case of the argument.</summary>
public sealed class CaseInsensitiveFiltersIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var file in RepositoryPaths.SampleFiles)
        {
            await Fixture.ImportAsync(file);
        }
    }

    [Theory]
    [InlineData("Structural")]
    [InlineData("STRUCTURAL")]
    [InlineData(" structural ")]
    public async Task A_canonical_domain_in_any_case_matches_the_stored_lower_case_name(string spelled)
    {
        var data = await Fixture.DataAsync($$"""
            {
              asked: themes(where: {canonicalDomain: "{{spelled}}", polarity: THREAT}) { totalCount nodes { id } }
              lower: themes(where: {canonicalDomain: "structural", polarity: THREAT}) { totalCount nodes { id } }
              listed: themes(where: {canonicalDomainIn: ["{{spelled}}", "Social"]}) { totalCount }
              domains(where: {canonicalDomain: "{{spelled}}"}) { totalCount }
              studies(where: {canonicalDomain: "Personal"}) { totalCount }
              quotes(where: {canonicalDomain: "{{spelled}}"}) { totalCount }
              crossing: counterRotatingParticipants(threatIn: "{{spelled}}", supportIn: "Social") { participant { id } }
              lowerCrossing: counterRotatingParticipants(threatIn: "structural", supportIn: "social") { participant { id } }
            }
            """);

        Assert.Equal(3, data.GetProperty("lower").GetProperty("totalCount").GetInt32());
        Assert.Equal(data.GetProperty("lower").GetRawText(), data.GetProperty("asked").GetRawText());
        Assert.Equal(4 + 3 + 2, data.GetProperty("listed").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, data.GetProperty("domains").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, data.GetProperty("studies").GetProperty("totalCount").GetInt32());
        Assert.Equal(24, data.GetProperty("quotes").GetProperty("totalCount").GetInt32());
        Assert.True(data.GetProperty("lowerCrossing").GetArrayLength() > 0);
        Assert.Equal(data.GetProperty("lowerCrossing").GetRawText(), data.GetProperty("crossing").GetRawText());
    }

    [Fact]
    public async Task Text_filters_ignore_case()
    {
        var data = await Fixture.DataAsync("""
            {
              upper: themes(where: {textContains: "SELF-REFLECTION"}) { nodes { id } }
              lower: themes(where: {textContains: "self-reflection"}) { nodes { id } }
            }
            """);

        Assert.Contains("c-change-2024/self-reflection", data.GetProperty("lower").GetProperty("nodes").Strings("id"));
        Assert.Equal(data.GetProperty("lower").GetRawText(), data.GetProperty("upper").GetRawText());
    }
}
