namespace RealistGraph.Documents.Csv;

/// <summary>A CSV file that cannot be read; <see cref="Row"/> is the spreadsheet row (header = 1) when one is to blame.</summary>
public sealed class CsvImportException : Exception
{
    public CsvImportException()
    {
    }

    public CsvImportException(string message)
        : base(message)
    {
    }

    public CsvImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CsvImportException(string message, int row)
        : base(message) => Row = row;

    public int? Row { get; }
}
