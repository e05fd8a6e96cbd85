using System.Text;

namespace RealistGraph.Documents.Csv;

public sealed record CsvRecord(int Row, IReadOnlyList<string> Fields);

/// <summary>RFC 4180 records: fields separated by commas, quoted fields may hold commas, quotes ("") and newlines.</summary>
public static class CsvRecords
{
    /// <summary>The non-blank records of <paramref name="text"/>, each with its spreadsheet row (first record = 1).</summary>
    public static List<CsvRecord> Parse(string text, string sourceName)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;
        var quoteRow = 0;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            switch (c)
            {
                case '"' when !fieldStarted:
                    quoted = true;
                    fieldStarted = true;
                    quoteRow = records.Count + 1;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    record.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    records.Add(record);
                    record = [];
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (quoted)
        {
            throw new CsvImportException($"{sourceName}: row {quoteRow}: a quoted field is never closed (missing '\"')", quoteRow);
        }

        if (fieldStarted || field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        // Blank lines (often trailing) are not records, but they still count as rows.
        return records
            .Select((fields, index) => new CsvRecord(index + 1, fields))
            .Where(r => !(r.Fields.Count == 1 && r.Fields[0].Length == 0))
            .ToList();
    }
}
