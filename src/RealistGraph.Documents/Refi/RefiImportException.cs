namespace RealistGraph.Documents.Refi;

/// <summary>A REFI-QDA file (or a file read alongside it) cannot be imported at all: corrupt, malformed, unsafe or too large.</summary>
public sealed class RefiImportException : Exception
{
    public RefiImportException()
    {
    }

    public RefiImportException(string message)
        : base(message)
    {
    }

    public RefiImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
