using System.Text;
using RealistGraph.Documents.Tests.Refi.Support;

namespace RealistGraph.Documents.Tests.Refi.Fixtures;

/// <summary>
/// Shaped like a large NVivo for Mac export, generated: two domains, each with a chain of codes seven levels deep,
/// the same names ("Other", "Barriers") under several parents, upper-case GUIDs and colours, every node codable,
/// a .docx original beside each plain text, one source whose plain text is empty and one that is whitespace only.
/// </summary>
public static class DeepNvivoFixture
{
    public const int Depth = 7;

    public static string Guid(int kind, int n) => $"{kind:X2}ABCDEF-0000-4000-8000-{n:X12}";

    public static byte[] Archive()
    {
        var codes = new StringBuilder();
        var leaves = new List<string>();
        var n = 0;
        foreach (var domain in new[] { "Personal", "Structural" })
        {
            codes.Append($"""<Code guid="{Guid(1, ++n)}" name="{domain}" isCodable="true" color="#112233">""");
            for (var level = 1; level < Depth; level++)
            {
                var name = level % 2 == 0 ? "Other" : "Barriers";
                codes.Append($"""<Code guid="{Guid(1, ++n)}" name="{name}" isCodable="true" color="#{level:X2}{level:X2}{level:X2}">""");
                leaves.Add(Guid(1, n));
            }

            codes.Append(string.Concat(Enumerable.Repeat("</Code>", Depth)));
        }

        const string text = "I felt out of place at first.\nThe workload was the real barrier.";
        var project = Qde.Project($"""
            <Users><User guid="0A0A0A0A-0000-4000-8000-000000000001" name="Mac user"/></Users>
            <CodeBook><Codes>{codes}</Codes></CodeBook>
            <Cases>
              <Case guid="{Guid(3, 1)}" name="P01"><SourceRef targetGUID="{Guid(4, 1)}"/></Case>
              <Case guid="{Guid(3, 2)}" name="P02"><SourceRef targetGUID="{Guid(4, 2)}"/><SourceRef targetGUID="{Guid(4, 3)}"/></Case>
            </Cases>
            <Sources>
              <TextSource guid="{Guid(4, 1)}" name="P01 interview" richTextPath="internal://{Guid(4, 1)}.docx" plainTextPath="internal://{Guid(4, 1)}.txt">
                <PlainTextSelection guid="{Guid(5, 1)}" name="P01 interview" startPosition="0" endPosition="29">
                  <Coding guid="{Guid(6, 1)}"><CodeRef targetGUID="{leaves[^1]}"/></Coding>
                </PlainTextSelection>
                <PlainTextSelection guid="{Guid(5, 2)}" name="P01 interview" startPosition="30" endPosition="64">
                  <Coding guid="{Guid(6, 2)}"><CodeRef targetGUID="{leaves[2]}"/></Coding>
                </PlainTextSelection>
              </TextSource>
              <TextSource guid="{Guid(4, 2)}" name="P02 empty transcript" richTextPath="internal://{Guid(4, 2)}.docx" plainTextPath="internal://{Guid(4, 2)}.txt">
                <PlainTextSelection guid="{Guid(5, 3)}" startPosition="0" endPosition="3"><Coding guid="{Guid(6, 3)}"><CodeRef targetGUID="{leaves[0]}"/></Coding></PlainTextSelection>
              </TextSource>
              <TextSource guid="{Guid(4, 3)}" name="P02 blank notes" plainTextPath="internal://{Guid(4, 3)}.txt"/>
            </Sources>
            """, name: "Deep NVivo");
        return Zip.OfBytes(
            ("project.qde", Encoding.UTF8.GetBytes(project)),
            ($"Sources/{Guid(4, 1)}.txt", Encoding.UTF8.GetBytes(text)),
            ($"Sources/{Guid(4, 1)}.docx", [0x50, 0x4B, 0x03, 0x04]),
            ($"Sources/{Guid(4, 2)}.txt", []),
            ($"Sources/{Guid(4, 2)}.docx", [0x50, 0x4B, 0x03, 0x04]),
            ($"Sources/{Guid(4, 3)}.txt", Encoding.UTF8.GetBytes("  \n ")));
    }
}
