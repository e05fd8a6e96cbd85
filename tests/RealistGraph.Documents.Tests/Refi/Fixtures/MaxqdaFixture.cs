using System.Text;
using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi.Fixtures;

/// <summary>
/// Like a MAXQDA export: UTF-8 files with a byte-order mark and non-BMP characters (offsets in code points), a
/// GUID reused for a code, a case and a source, a source linked by <c>relative:///</c>, document variables on the
/// source, an uncoded selection, one with positions past the end, and a graph.
/// </summary>
public static class MaxqdaFixture
{
    public const string Reused = "0b5e4a11-0000-4000-8000-00000000aaaa";

    public const string Text = "Q: Support? A: 😀 My peers carried me 💪 through. Q: Time? A: Never any.";

    public static byte[] Archive()
    {
        var bom = Encoding.UTF8.GetPreamble();
        return Zip.OfBytes(
            ("project.qde", Encoding.UTF8.GetBytes(Qde.Project($"""
                <CodeBook><Codes>
                  <Code guid="0b5e4a11-0000-4000-8000-000000000001" name="Social" isCodable="false">
                    <Code guid="{Reused}" name="Peer support" isCodable="true"/>
                  </Code>
                  <Code guid="0b5e4a11-0000-4000-8000-000000000002" name="Structural" isCodable="false">
                    <Code guid="0b5e4a11-0000-4000-8000-000000000003" name="Lack of time" isCodable="true"/>
                  </Code>
                </Codes></CodeBook>
                <Variables><Variable guid="0b5e4a11-0000-4000-8000-000000000010" name="Documents:Year" typeOfVariable="Integer"/></Variables>
                <Cases><Case guid="{Reused}" name="P03"><SourceRef targetGUID="{Reused}"/></Case></Cases>
                <Sources>
                  <TextSource guid="{Reused}" name="P03 interview" plainTextPath="internal://P03.txt">
                    <PlainTextSelection guid="0b5e4a11-0000-4000-8000-000000000020" startPosition="15" endPosition="47">
                      <Coding guid="0b5e4a11-0000-4000-8000-000000000030"><CodeRef targetGUID="{Reused}"/></Coding>
                    </PlainTextSelection>
                    <PlainTextSelection guid="0b5e4a11-0000-4000-8000-000000000021" startPosition="60" endPosition="70">
                      <Coding guid="0b5e4a11-0000-4000-8000-000000000031"><CodeRef targetGUID="0b5e4a11-0000-4000-8000-000000000003"/></Coding>
                    </PlainTextSelection>
                    <PlainTextSelection guid="0b5e4a11-0000-4000-8000-000000000022" startPosition="0" endPosition="11"/>
                    <PlainTextSelection guid="0b5e4a11-0000-4000-8000-000000000023" startPosition="60" endPosition="999">
                      <Coding guid="0b5e4a11-0000-4000-8000-000000000032"><CodeRef targetGUID="0b5e4a11-0000-4000-8000-000000000003"/></Coding>
                    </PlainTextSelection>
                    <VariableValue><VariableRef targetGUID="0b5e4a11-0000-4000-8000-000000000010"/><IntegerValue>2023</IntegerValue></VariableValue>
                  </TextSource>
                  <TextSource guid="0b5e4a11-0000-4000-8000-000000000040" name="P04 interview" plainTextPath="relative:///P04.txt">
                    <PlainTextSelection guid="0b5e4a11-0000-4000-8000-000000000024" startPosition="0" endPosition="5">
                      <Coding guid="0b5e4a11-0000-4000-8000-000000000033"><CodeRef targetGUID="{Reused}"/></Coding>
                    </PlainTextSelection>
                  </TextSource>
                </Sources>
                <Graphs><Graph guid="0b5e4a11-0000-4000-8000-000000000050" name="Code map"/></Graphs>
                """, name: "MAXQDA project"))),
            ("sources/P03.txt", [.. bom, .. Encoding.UTF8.GetBytes(Text)]));
    }
}
