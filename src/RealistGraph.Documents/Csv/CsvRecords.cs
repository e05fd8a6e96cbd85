using System.Text;

namespace RealistGraph.Documents.Csv;

public sealed record CsvRecord(int Row, IReadOnlyList<string> Fields);

/// <summary>RFC 4180 records: fields separated by commas, quoted fields may hold commas, quotes ("") and newlines.</summary>
public static class CsvRecords
{
    /// <summary>The non-blank records of <paramref name="text"/>, each with its spreadsheet row (first record = 1).</summary>
    public static List<CsvRecord> Parse(string text, string sourceName)
    {
        using var reader = new StringReader(text);
        return Read(reader, sourceName).ToList();
    }

    /// <summary>
    /// The non-blank records of <paramref name="reader"/> one at a time, each with its spreadsheet row (first record = 1),
    /// so that a large file is never held whole. Blank lines (often trailing) are not records, but they count as rows.
    /// </summary>
    public static IEnumerable<CsvRecord> Read(TextReader reader, string sourceName)
    {
        var buffer = new char[16 * 1024];
        var record = new List<string>();
        var field = new StringBuilder();
        var rows = 0;
        var quoted = false;
        var quoteInQuoted = false; // a '"' seen inside a quoted field: either "" or the closing quote
        var skipLineFeed = false; // a '\r' ended the record; a '\n' right after it belongs to it
        var fieldStarted = false;
        var first = true;
        var quoteRow = 0;
        int count;
        while ((count = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < count; i++)
            {
                var c = buffer[i];
                if (first)
                {
                    first = false;
                    if (c == '\uFEFF')
                    {
                        continue;
                    }
                }

                if (skipLineFeed)
                {
                    skipLineFeed = false;
                    if (c == '\n')
                    {
                        continue;
                    }
                }

                if (quoteInQuoted)
                {
                    quoteInQuoted = false;
                    if (c == '"')
                    {
                        field.Append('"');
                        continue;
                    }

                    quoted = false;
                }
                else if (quoted)
                {
                    if (c == '"')
                    {
                        quoteInQuoted = true;
                    }
                    else
                    {
                        field.Append(c);
                    }

                    continue;
                }

                switch (c)
                {
                    case '"' when !fieldStarted:
                        quoted = true;
                        fieldStarted = true;
                        quoteRow = rows + 1;
                        break;
                    case ',':
                        record.Add(field.ToString());
                        field.Clear();
                        fieldStarted = false;
                        break;
                    case '\r' or '\n':
                        skipLineFeed = c == '\r';
                        record.Add(field.ToString());
                        field.Clear();
                        fieldStarted = false;
                        rows++;
                        if (!IsBlank(record))
                        {
                            yield return new CsvRecord(rows, record);
                        }

                        record = [];
                        break;
                    default:
                        field.Append(c);
                        fieldStarted = true;
                        break;
                }
            }
        }

        if (quoted && !quoteInQuoted)
        {
            throw new CsvImportException($"{sourceName}: row {quoteRow}: a quoted field is never closed (missing '\"')", quoteRow);
        }

        if (fieldStarted || field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            rows++;
            if (!IsBlank(record))
            {
                yield return new CsvRecord(rows, record);
            }
        }
    }

    private static bool IsBlank(List<string> record) => record.Count == 1 && record[0].Length == 0;
}
