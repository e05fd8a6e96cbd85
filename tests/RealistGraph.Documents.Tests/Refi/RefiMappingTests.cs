using RealistGraph.Documents.Refi;
using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi;

public class RefiMappingTests
{
    [Fact]
    public void Defaults_are_sensible()
    {
        var mapping = new RefiMapping();

        Assert.Null(mapping.Domains);
        Assert.Equal("mixed", mapping.DefaultPolarity);
        Assert.Equal("general", mapping.DefaultDomain);
        Assert.Empty(mapping.Polarity);
    }

    [Fact]
    public void Yaml_and_json_read_the_same()
    {
        var yaml = RefiMapping.Parse("studyId: s1\ndomains: [A, B]\npolarity:\n  X: threat\nmechanisms: [M]\n");
        var json = RefiMapping.Parse("""{ "studyId": "s1", "domains": ["A", "B"], "polarity": { "X": "threat" }, "mechanisms": ["M"] }""");

        Assert.Equal(yaml.ToYaml(), json.ToYaml());
        Assert.Equal(["A", "B"], json.Domains);
    }

    [Fact]
    public void Empty_mapping_text_gives_the_defaults()
    {
        Assert.Equal(new RefiMapping().ToYaml(), RefiMapping.Parse("").ToYaml());
    }

    [Fact]
    public void Invalid_mapping_names_line_and_column()
    {
        var error = Assert.Throws<RefiImportException>(() => RefiMapping.Parse("studyId: s1\npolarity: [unclosed\n", "study.mapping.yaml"));

        Assert.StartsWith("study.mapping.yaml: invalid mapping at line", error.Message);
    }

    [Fact]
    public void Unknown_key_is_an_error_not_silently_ignored()
    {
        var error = Assert.Throws<RefiImportException>(() => RefiMapping.Parse("polarities: { X: threat }"));

        Assert.Contains("line 1", error.Message);
    }

    [Fact]
    public async Task Mapping_names_that_match_no_code_and_bad_polarities_are_reported()
    {
        var xml = Qde.Project("""<CodeBook><Codes><Code guid="11111111-1111-1111-1111-111111111111" name="A" isCodable="true"/></Codes></CodeBook>""");
        var mapping = RefiMapping.Parse("polarity: { A: positive }\nmechanisms: [Nope]");

        var report = (await Import.QdeAsync(xml, mapping)).Report;

        Assert.True(report.HasWarning("Mapping", "no code has that name"));
        Assert.True(report.HasWarning("Mapping", "'positive' is not support, threat or mixed"));
    }
}
