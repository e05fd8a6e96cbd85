using RealistGraph.Documents.Refi;
using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi;

public class RefiProjectImporterTests
{
    private const string Personal = "aaaaaaaa-0000-0000-0000-000000000001";
    private const string SelfDoubt = "aaaaaaaa-0000-0000-0000-000000000002";
    private const string Imposter = "aaaaaaaa-0000-0000-0000-000000000003";
    private const string Social = "aaaaaaaa-0000-0000-0000-000000000004";
    private const string PeerSupport = "aaaaaaaa-0000-0000-0000-000000000005";
    private const string Loose = "aaaaaaaa-0000-0000-0000-000000000006";
    private const string Source = "bbbbbbbb-0000-0000-0000-000000000001";
    private const string Variable = "cccccccc-0000-0000-0000-000000000001";

    private static string Codebook => $"""
        <CodeBook><Codes>
          <Code guid="{Personal}" name="Personal" isCodable="false">
            <Description>Within the person</Description>
            <Code guid="{SelfDoubt}" name="Self-doubt" isCodable="true">
              <Code guid="{Imposter}" name="Imposter feelings" isCodable="true"/>
            </Code>
          </Code>
          <Code guid="{Social}" name="Social" isCodable="true">
            <Code guid="{PeerSupport}" name="Peer support" isCodable="true"/>
          </Code>
          <Code guid="{Loose}" name="Loose code" isCodable="true"/>
        </Codes></CodeBook>
        """;

    private static string Selection(string guid, int start, int end, params string[] codes) =>
        $"""<PlainTextSelection guid="{guid}" startPosition="{start}" endPosition="{end}">{string.Concat(codes.Select((c, i) => $"""<Coding guid="dddddddd-0000-0000-0000-00000000000{i}"><CodeRef targetGUID="{c}"/></Coding>"""))}</PlainTextSelection>""";

    private static string Braced(string guid) => "{" + guid.ToUpperInvariant() + "}";

    [Fact]
    public async Task Codes_become_domains_and_themes_with_their_hierarchy()
    {
        var result = await Import.QdeAsync(Qde.Project(Codebook, name: "Mentoring study"));
        var doc = result.Document;

        Assert.Equal("Mentoring study", doc.Title);
        Assert.Equal("mentoring-study", doc.Id);
        Assert.Equal(["personal", "social", "general"], doc.Domains.Select(d => d.Id));
        Assert.Equal("Within the person", doc.Domains[0].Description);
        Assert.Equal("personal", doc.Domains[0].Canonical);

        var imposter = doc.Themes.Single(t => t.Name == "Imposter feelings");
        Assert.Equal("self-doubt", imposter.Parent);
        Assert.Equal("personal", imposter.Domain);
        Assert.Null(doc.Themes.Single(t => t.Name == "Self-doubt").Parent);
        Assert.Equal("social", doc.Themes.Single(t => t.Name == "Peer support").Domain);
        Assert.Equal("general", doc.Themes.Single(t => t.Name == "Loose code").Domain);
        Assert.True(result.Report.HasWarning("Code", "default domain"));
        Assert.All(doc.Themes, t => Assert.Equal("mixed", t.Polarity));
        Assert.Equal(4, result.Report.Warnings.Count(w => w.Reason.Contains("no polarity", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Mapping_sets_study_domains_polarity_ids_and_realist_roles()
    {
        var mapping = RefiMapping.Parse("""
            studyId: brooks-2023
            studyTitle: Brooks 2023
            domains: [Personal, Social]
            canonical: { Social: relational }
            polarity:
              Imposter feelings: threat
              "{AAAAAAAA-0000-0000-0000-000000000005}": support
              Personal/Self-doubt: threat
            mechanisms: [Loose code]
            ids: { Peer support: s1 }
            """);

        var doc = (await Import.QdeAsync(Qde.Project(Codebook), mapping)).Document;

        Assert.Equal("brooks-2023", doc.Id);
        Assert.Equal("Brooks 2023", doc.Title);
        Assert.Equal("relational", doc.Domains.Single(d => d.Id == "social").Canonical);
        Assert.Equal("threat", doc.Themes.Single(t => t.Name == "Imposter feelings").Polarity);
        Assert.Equal("threat", doc.Themes.Single(t => t.Name == "Self-doubt").Polarity);
        Assert.Equal("support", doc.Themes.Single(t => t.Id == "s1").Polarity);
        Assert.Equal("Loose code", Assert.Single(doc.Mechanisms).Name);
        Assert.DoesNotContain(doc.Themes, t => t.Name == "Loose code");
    }

    [Fact]
    public async Task Coded_selections_become_quotes_cut_by_code_points_after_normalising_line_endings()
    {
        // Code points: "Hi 🙌\r\nthere" -> "Hi 🙌\nthere": H,i,space,🙌,\n,t,h,e,r,e = 10 code points (11 UTF-16 chars).
        var text = "Hi 🙌\r\nthere. Second part.";
        var xml = Qde.Project(Codebook + $"""
            <Sources><TextSource guid="{Source}" name="Interview" plainTextPath="internal://{Source}.txt">
              {Selection("eeeeeeee-0000-0000-0000-000000000001", 0, 10, Imposter, PeerSupport)}
              {Selection("eeeeeeee-0000-0000-0000-000000000002", 12, 24, SelfDoubt)}
            </TextSource></Sources>
            """);

        var result = await Import.QdeAsync(xml, null, ($"sources/{Source}.txt", text));
        var quotes = result.Document.Quotes;

        Assert.Equal("Hi 🙌\nthere", quotes[0].Text);
        Assert.Equal(["imposter-feelings", "peer-support"], quotes[0].Themes);
        Assert.Equal("Second part.", quotes[1].Text);
        Assert.Equal(["self-doubt"], quotes[1].Themes);
    }

    [Fact]
    public async Task Cases_become_participants_and_quotes_get_the_case_of_their_source_or_selection()
    {
        var xml = Qde.Project(Codebook + $"""
            <Variables><Variable guid="{Variable}" name="Cases:Gender" typeOfVariable="Text"/>
              <Variable guid="cccccccc-0000-0000-0000-000000000002" name="Site" typeOfVariable="Text"/>
              <Variable guid="cccccccc-0000-0000-0000-000000000003" name="Age" typeOfVariable="Integer"/></Variables>
            <Cases>
              <Case guid="ffffffff-0000-0000-0000-000000000001" name="96-F">
                <VariableValue><VariableRef targetGUID="{Variable.ToUpperInvariant()}"/><TextValue>female</TextValue></VariableValue>
                <VariableValue><VariableRef targetGUID="cccccccc-0000-0000-0000-000000000002"/><TextValue>F</TextValue></VariableValue>
                <VariableValue><VariableRef targetGUID="cccccccc-0000-0000-0000-000000000003"/><IntegerValue>34</IntegerValue></VariableValue>
                <SourceRef targetGUID="{Braced(Source)}"/>
              </Case>
              <Case guid="ffffffff-0000-0000-0000-000000000002" name="51 C">
                <SelectionRef targetGUID="EEEEEEEE-0000-0000-0000-000000000002"/>
              </Case>
            </Cases>
            <Sources><TextSource guid="{Source}" name="Interview"><PlainTextContent>One. Two.</PlainTextContent>
              {Selection("eeeeeeee-0000-0000-0000-000000000001", 0, 4, Imposter)}
              {Selection("eeeeeeee-0000-0000-0000-000000000002", 5, 9, Imposter)}
            </TextSource></Sources>
            """);

        var result = await Import.QdeAsync(xml);
        var doc = result.Document;

        var first = doc.Participants[0];
        Assert.Equal(("96-F", "96-F", "F"), (first.Id, first.Label, first.Site));
        Assert.Equal(new Dictionary<string, string> { ["Gender"] = "female", ["Age"] = "34" }, first.Attributes);
        Assert.Equal("51-C", doc.Participants[1].Id);
        Assert.Equal("51 C", doc.Participants[1].Label);
        Assert.Equal(["96-F", "51-C"], doc.Quotes.Select(q => q.Participant));
        Assert.True(result.Report.HasWarning("Variable", "prefix removed"));
    }

    [Fact]
    public async Task Guids_are_compared_ignoring_case_and_braces()
    {
        var xml = Qde.Project(Codebook + $"""
            <Sources><TextSource guid="{Source}"><PlainTextContent>Some words here.</PlainTextContent>
              {Selection("eeeeeeee-0000-0000-0000-000000000001", 0, 4, "{" + Imposter.ToUpperInvariant() + "}")}
            </TextSource></Sources>
            """);

        var doc = (await Import.QdeAsync(xml)).Document;

        Assert.Equal(["imposter-feelings"], Assert.Single(doc.Quotes).Themes);
    }

    [Fact]
    public async Task Problems_in_selections_are_reported_not_dropped()
    {
        var xml = Qde.Project(Codebook + $"""
            <Sources><TextSource guid="{Source}" name="Doc"><PlainTextContent>Short text.</PlainTextContent>
              {Selection("eeeeeeee-0000-0000-0000-000000000001", 0, 400, Imposter)}
              {Selection("eeeeeeee-0000-0000-0000-000000000002", 0, 5)}
              {Selection("eeeeeeee-0000-0000-0000-000000000003", 0, 5, "99999999-0000-0000-0000-000000000000")}
              {Selection("eeeeeeee-0000-0000-0000-000000000004", 0, 5, Personal)}
              <PlainTextSelection guid="eeeeeeee-0000-0000-0000-000000000005" startPosition="x" endPosition="3"/>
              <Coding guid="dddddddd-1111-0000-0000-000000000000"><CodeRef targetGUID="{Imposter}"/></Coding>
            </TextSource></Sources>
            <Notes><Note guid="12121212-0000-0000-0000-000000000000" name="Memo"/></Notes>
            <Links><Link guid="13131313-0000-0000-0000-000000000000" name="causes"/></Links>
            """);

        var result = await Import.QdeAsync(xml);

        Assert.Empty(result.Document.Quotes);
        var report = result.Report;
        Assert.True(report.HasSkip("PlainTextSelection", "do not fit the text"));
        Assert.True(report.HasSkip("PlainTextSelection", "no coding maps to a theme"));
        Assert.True(report.HasSkip("Coding", "not in the codebook"));
        Assert.True(report.HasSkip("Coding", "is a domain"));
        Assert.True(report.HasSkip("PlainTextSelection", "not integers"));
        Assert.True(report.HasSkip("Coding", "codes the whole of 'Doc'"));
        Assert.True(report.HasSkip("Note", "memos"));
        Assert.True(report.HasSkip("Link", "links"));
    }

    [Fact]
    public async Task Sources_outside_the_archive_and_rich_text_only_sources_are_reported_with_their_selections()
    {
        var xml = Qde.Project(Codebook + $"""
            <Sources>
              <TextSource guid="{Source}" name="Rel" plainTextPath="relative:///interviews/a.txt">{Selection("eeeeeeee-0000-0000-0000-000000000001", 0, 4, Imposter)}</TextSource>
              <TextSource guid="bbbbbbbb-0000-0000-0000-000000000002" name="Abs" plainTextPath="absolute:///C:/secret/b.txt"/>
              <TextSource guid="bbbbbbbb-0000-0000-0000-000000000003" name="Word" richTextPath="internal://c.docx">{Selection("eeeeeeee-0000-0000-0000-000000000002", 0, 4, Imposter)}</TextSource>
              <TextSource guid="bbbbbbbb-0000-0000-0000-000000000004" name="Missing" plainTextPath="internal://nowhere.txt"/>
            </Sources>
            """);

        var result = await Import.QdeAsync(xml, null, ("sources/c.docx", "PK fake docx"));
        var report = result.Report;

        Assert.True(report.HasSkip("TextSource", "outside the archive"));
        Assert.Contains(report.Skipped, i => i.Reference == "Abs" && i.Reason.Contains("outside the archive", StringComparison.Ordinal));
        Assert.True(report.HasSkip("TextSource", "rich-text source (internal://c.docx) without a plain-text rendering"));
        Assert.True(report.HasSkip("TextSource", "is not in the archive"));
        Assert.Equal(2, report.Skipped.Count(i => i.Element == "PlainTextSelection" && i.Reason.Contains("no readable plain text", StringComparison.Ordinal)));
        Assert.True(report.HasSkip("Archive entry", "not the plain text"));
    }

    [Fact]
    public async Task Plain_text_is_found_in_any_folder_ignoring_case_and_percent_encoding()
    {
        var xml = Qde.Project(Codebook + $"""
            <Sources><TextSource guid="{Source}" name="Interview" plainTextPath="internal://My%20Interview.TXT">
              {Selection("eeeeeeee-0000-0000-0000-000000000001", 0, 5, Imposter)}
            </TextSource></Sources>
            """);

        var doc = (await Import.QdeAsync(xml, null, ("Sources/Texts/my interview.txt", "Hello world"))).Document;

        Assert.Equal("Hello", Assert.Single(doc.Quotes).Text);
    }

    [Fact]
    public async Task Project_without_the_refi_namespace_is_read_with_a_warning()
    {
        var result = await Import.QdeAsync(Qde.Project(Codebook, ns: "urn:QDA-XML:project:1:0"));

        Assert.Equal(4, result.Document.Themes.Count);
        Assert.Equal(2, result.Document.Domains.Count(d => d.Id != "general"));
        Assert.True(result.Report.HasWarning("Project", "namespace"));
    }
}
