using RealistGraph.Documents.Refi;
using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi.Fixtures;

/// <summary>
/// Like a QualCoder export: lower-case GUIDs, plain text at <c>sources/{guid}.txt</c>, typed case variables,
/// an audio source with a transcript, a source at an <c>absolute:///</c> path, a coding to a deleted code,
/// and realist categories (contexts, outcomes) named in a JSON mapping.
/// </summary>
public static class QualCoderFixture
{
    public const string Mapping = """
        {
          "studyTitle": "QualCoder realist study",
          "contexts": ["Contexts"],
          "outcomes": ["Outcomes"],
          "mechanisms": ["Feeling trusted"],
          "polarity": { "Supervision": "support", "Isolation": "threat" },
          "canonical": { "Interpersonal": "social" }
        }
        """;

    public const string Text = "I was on nights alone.\nMy supervisor trusted me with decisions, which felt good.";

    public static byte[] Archive() => Zip.Of(
        ("project.qde", Qde.Project("""
            <Users><User guid="9c000000-0000-4000-8000-000000000001" name="default"/></Users>
            <CodeBook><Codes>
              <Code guid="9c000000-0000-4000-8000-000000000010" name="Interpersonal" isCodable="false">
                <Code guid="9c000000-0000-4000-8000-000000000011" name="Supervision" isCodable="true"/>
                <Code guid="9c000000-0000-4000-8000-000000000012" name="Isolation" isCodable="true"/>
              </Code>
              <Code guid="9c000000-0000-4000-8000-000000000020" name="Contexts" isCodable="false">
                <Code guid="9c000000-0000-4000-8000-000000000021" name="Night shifts" isCodable="true"/>
              </Code>
              <Code guid="9c000000-0000-4000-8000-000000000030" name="Outcomes" isCodable="false">
                <Code guid="9c000000-0000-4000-8000-000000000031" name="Confidence" isCodable="true"/>
              </Code>
              <Code guid="9c000000-0000-4000-8000-000000000040" name="Feeling trusted" isCodable="true"/>
            </Codes></CodeBook>
            <Variables>
              <Variable guid="9c000000-0000-4000-8000-000000000050" name="Age" typeOfVariable="Integer"/>
              <Variable guid="9c000000-0000-4000-8000-000000000051" name="International" typeOfVariable="Boolean"/>
            </Variables>
            <Cases><Case guid="9c000000-0000-4000-8000-000000000060" name="Nurse 2">
              <VariableValue><VariableRef targetGUID="9c000000-0000-4000-8000-000000000050"/><IntegerValue>29</IntegerValue></VariableValue>
              <VariableValue><VariableRef targetGUID="9c000000-0000-4000-8000-000000000051"/><BooleanValue>true</BooleanValue></VariableValue>
              <SourceRef targetGUID="9c000000-0000-4000-8000-000000000070"/>
            </Case></Cases>
            <Sources>
              <TextSource guid="9c000000-0000-4000-8000-000000000070" name="nurse2.txt" plainTextPath="internal://9c000000-0000-4000-8000-000000000070.txt">
                <PlainTextSelection guid="9c000000-0000-4000-8000-000000000080" startPosition="0" endPosition="22">
                  <Coding guid="9c000000-0000-4000-8000-000000000090"><CodeRef targetGUID="9c000000-0000-4000-8000-000000000012"/></Coding>
                  <Coding guid="9c000000-0000-4000-8000-000000000091"><CodeRef targetGUID="9c000000-0000-4000-8000-000000000021"/></Coding>
                </PlainTextSelection>
                <PlainTextSelection guid="9c000000-0000-4000-8000-000000000081" startPosition="23" endPosition="80">
                  <Coding guid="9c000000-0000-4000-8000-000000000092"><CodeRef targetGUID="9c000000-0000-4000-8000-000000000011"/></Coding>
                  <Coding guid="9c000000-0000-4000-8000-000000000093"><CodeRef targetGUID="9c000000-0000-4000-8000-000000000040"/></Coding>
                  <Coding guid="9c000000-0000-4000-8000-000000000094"><CodeRef targetGUID="9c000000-0000-4000-8000-000000000099"/></Coding>
                </PlainTextSelection>
              </TextSource>
              <TextSource guid="9c000000-0000-4000-8000-000000000071" name="nurse3.txt" plainTextPath="absolute:///home/me/nurse3.txt"/>
              <AudioSource guid="9c000000-0000-4000-8000-000000000072" name="nurse4.mp3" path="internal://nurse4.mp3">
                <AudioSelection guid="9c000000-0000-4000-8000-000000000082" begin="0" end="1000"/>
              </AudioSource>
            </Sources>
            """, name: "qualcoder-project")),
        ("sources/9c000000-0000-4000-8000-000000000070.txt", Text),
        ("sources/nurse4.mp3", "ID3 fake"));

    public static RefiMapping ParsedMapping() => RefiMapping.Parse(Mapping);
}
