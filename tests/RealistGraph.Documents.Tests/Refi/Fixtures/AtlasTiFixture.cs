using RealistGraph.Documents.Refi;
using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi.Fixtures;

/// <summary>
/// Like an ATLAS.ti export: GUIDs in braces and mixed case, inline <c>PlainTextContent</c>, a PDF with a text
/// <c>Representation</c> and an area selection, code groups as Sets, links between codes, a case on a selection.
/// Its codes are flat with a mapping file saying which are domains (ATLAS.ti users name groups, not parents).
/// </summary>
public static class AtlasTiFixture
{
    public const string Mapping = """
        studyId: atlas-study
        polarity:
          Mentor availability: support
          "{B1000000-0000-0000-0000-000000000003}": threat
        outcomes: [Confidence]
        """;

    public static byte[] Archive() => Zip.Of(
        ("project.qde", Qde.Project("""
            <CodeBook><Codes>
              <Code guid="{b1000000-0000-0000-0000-000000000001}" name="Organisational" isCodable="true">
                <Code guid="{B1000000-0000-0000-0000-000000000002}" name="Mentor availability" isCodable="true"/>
                <Code guid="{b1000000-0000-0000-0000-000000000003}" name="Rota pressure" isCodable="true"/>
              </Code>
              <Code guid="{b1000000-0000-0000-0000-000000000004}" name="Confidence" isCodable="true"/>
            </Codes></CodeBook>
            <Cases>
              <Case guid="{C1000000-0000-0000-0000-000000000001}" name="R07">
                <SelectionRef targetGUID="{D1000000-0000-0000-0000-000000000001}"/>
              </Case>
              <Case guid="{c1000000-0000-0000-0000-000000000002}" name="R08">
                <SourceRef targetGUID="{E1000000-0000-0000-0000-000000000002}"/>
              </Case>
            </Cases>
            <Sources>
              <TextSource guid="{E1000000-0000-0000-0000-000000000001}" name="Focus group">
                <PlainTextContent>R07: My mentor was always there. R09: The rota made it impossible.</PlainTextContent>
                <PlainTextSelection guid="{D1000000-0000-0000-0000-000000000001}" startPosition="5" endPosition="32">
                  <Coding guid="{F1000000-0000-0000-0000-000000000001}"><CodeRef targetGUID="{B1000000-0000-0000-0000-000000000002}"/></Coding>
                  <Coding guid="{F1000000-0000-0000-0000-000000000002}"><CodeRef targetGUID="{B1000000-0000-0000-0000-000000000004}"/></Coding>
                </PlainTextSelection>
                <PlainTextSelection guid="{D1000000-0000-0000-0000-000000000002}" startPosition="38" endPosition="66">
                  <Coding guid="{F1000000-0000-0000-0000-000000000003}"><CodeRef targetGUID="{B1000000-0000-0000-0000-000000000003}"/></Coding>
                </PlainTextSelection>
              </TextSource>
              <PDFSource guid="{E1000000-0000-0000-0000-000000000002}" name="Reflective essay R08" path="internal://essay.pdf">
                <PDFSelection guid="{D1000000-0000-0000-0000-000000000003}" page="1" firstX="10" firstY="10" secondX="200" secondY="80">
                  <Coding guid="{F1000000-0000-0000-0000-000000000004}"><CodeRef targetGUID="{B1000000-0000-0000-0000-000000000002}"/></Coding>
                </PDFSelection>
                <Representation guid="{E1000000-0000-0000-0000-000000000003}" plainTextPath="internal://essay.txt">
                  <PlainTextSelection guid="{D1000000-0000-0000-0000-000000000004}" startPosition="0" endPosition="22">
                    <Coding guid="{F1000000-0000-0000-0000-000000000005}"><CodeRef targetGUID="{b1000000-0000-0000-0000-000000000002}"/></Coding>
                  </PlainTextSelection>
                </Representation>
              </PDFSource>
            </Sources>
            <Links><Link guid="{A1000000-0000-0000-0000-000000000001}" name="is associated with" direction="Associative" originGUID="{B1000000-0000-0000-0000-000000000002}" targetGUID="{B1000000-0000-0000-0000-000000000004}"/></Links>
            <Sets><Set guid="{A1000000-0000-0000-0000-000000000002}" name="Code group: Workplace"><MemberCode targetGUID="{B1000000-0000-0000-0000-000000000002}"/></Set></Sets>
            """, name: "ATLAS.ti Focus groups")),
        ("sources/essay.pdf", "%PDF-1.7 fake"),
        ("sources/essay.txt", "Weekly mentor meetings mattered most."));

    public static RefiMapping ParsedMapping() => RefiMapping.Parse(Mapping);
}
