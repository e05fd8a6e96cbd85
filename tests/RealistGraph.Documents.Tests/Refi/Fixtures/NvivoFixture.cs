using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi.Fixtures;

/// <summary>
/// Like an NVivo 14 export: upper-case GUIDs, a capitalised <c>Sources/</c> folder, CRLF plain text next to the
/// original .docx, every node codable (parents too), case variables prefixed with their classification
/// (<c>Cases:Gender</c>), a rich-text-only source, memos and users.
/// </summary>
public static class NvivoFixture
{
    public const string Interview96Text = "Interviewer: How was the first year?\r\nP96: Honestly I felt like an imposter.\r\nThe mentoring group changed that.";

    public static byte[] Archive() => Zip.Of(
        ("project.qde", Qde.Project("""
            <Users><User guid="0A0A0A0A-0000-0000-0000-000000000001" name="Researcher"/></Users>
            <CodeBook><Codes>
              <Code guid="1A000000-0000-0000-0000-000000000001" name="Personal" isCodable="true" color="#FF0000">
                <Code guid="1A000000-0000-0000-0000-000000000002" name="Self-doubt" isCodable="true">
                  <Code guid="1A000000-0000-0000-0000-000000000003" name="Imposter feelings" isCodable="true"/>
                </Code>
              </Code>
              <Code guid="1A000000-0000-0000-0000-000000000004" name="Social" isCodable="true">
                <Code guid="1A000000-0000-0000-0000-000000000005" name="Peer support" isCodable="true"/>
              </Code>
            </Codes></CodeBook>
            <Variables>
              <Variable guid="2A000000-0000-0000-0000-000000000001" name="Cases:Gender" typeOfVariable="Text"/>
              <Variable guid="2A000000-0000-0000-0000-000000000002" name="Cases:Site" typeOfVariable="Text"/>
            </Variables>
            <Cases>
              <Case guid="3A000000-0000-0000-0000-000000000001" name="96-F">
                <VariableValue><VariableRef targetGUID="2A000000-0000-0000-0000-000000000001"/><TextValue>Female</TextValue></VariableValue>
                <VariableValue><VariableRef targetGUID="2A000000-0000-0000-0000-000000000002"/><TextValue>F</TextValue></VariableValue>
                <SourceRef targetGUID="4A000000-0000-0000-0000-000000000001"/>
              </Case>
              <Case guid="3A000000-0000-0000-0000-000000000002" name="51-C">
                <VariableValue><VariableRef targetGUID="2A000000-0000-0000-0000-000000000001"/><TextValue>Male</TextValue></VariableValue>
                <SourceRef targetGUID="4A000000-0000-0000-0000-000000000002"/>
              </Case>
            </Cases>
            <Sources>
              <TextSource guid="4A000000-0000-0000-0000-000000000001" name="Interview 96-F" richTextPath="internal://4A000000-0000-0000-0000-000000000001.docx" plainTextPath="internal://4A000000-0000-0000-0000-000000000001.txt" creatingUser="0A0A0A0A-0000-0000-0000-000000000001">
                <PlainTextSelection guid="5A000000-0000-0000-0000-000000000001" name="Interview 96-F" startPosition="42" endPosition="75">
                  <Coding guid="6A000000-0000-0000-0000-000000000001"><CodeRef targetGUID="1A000000-0000-0000-0000-000000000003"/></Coding>
                </PlainTextSelection>
                <PlainTextSelection guid="5A000000-0000-0000-0000-000000000002" name="Interview 96-F" startPosition="76" endPosition="109">
                  <Coding guid="6A000000-0000-0000-0000-000000000002"><CodeRef targetGUID="1A000000-0000-0000-0000-000000000005"/></Coding>
                  <NoteRef targetGUID="7A000000-0000-0000-0000-000000000001"/>
                </PlainTextSelection>
              </TextSource>
              <TextSource guid="4A000000-0000-0000-0000-000000000002" name="Interview 51-C" richTextPath="internal://4A000000-0000-0000-0000-000000000002.docx">
                <PlainTextSelection guid="5A000000-0000-0000-0000-000000000003" startPosition="0" endPosition="20">
                  <Coding guid="6A000000-0000-0000-0000-000000000003"><CodeRef targetGUID="1A000000-0000-0000-0000-000000000005"/></Coding>
                </PlainTextSelection>
              </TextSource>
            </Sources>
            <Notes><Note guid="7A000000-0000-0000-0000-000000000001" name="Memo on peer support"><PlainTextContent>Check this.</PlainTextContent></Note></Notes>
            """, name: "NVivo Mentoring")),
        ("Sources/4A000000-0000-0000-0000-000000000001.txt", Interview96Text),
        ("Sources/4A000000-0000-0000-0000-000000000001.docx", "PK\u0003\u0004 not really a docx"),
        ("Sources/4A000000-0000-0000-0000-000000000002.docx", "PK\u0003\u0004 not really a docx"));
}
