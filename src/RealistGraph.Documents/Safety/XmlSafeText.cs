using System.Xml;

namespace RealistGraph.Documents.Safety;

/// <summary>
/// Characters XML 1.0 cannot carry (NUL and the other C0 controls but tab, newline and carriage return; lone
/// surrogates; U+FFFE and U+FFFF). Texts holding them are refused at import, so a study can always be exported
/// as REFI-QDA.
/// </summary>
public static class XmlSafeText
{
    /// <summary>The index of the first character XML cannot carry, or -1.</summary>
    public static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    public static string Describe(string text, int index) =>
        $"holds the character U+{(int)text[index]:X4} at position {index + 1}, which XML (and so a REFI-QDA export) cannot carry; remove it";
}
