using RealistGraph.Documents.Safety;

namespace RealistGraph.Api.GraphQL.Uploads;

/// <summary>
/// How large an upload may be: each file as large as a document the command line reads (<see cref="DocumentLimits"/>,
/// 64 MB unless <c>REALIST_MAX_DOCUMENT_MB</c> says otherwise), a few files a request, and small JSON parts.
/// </summary>
public static class UploadLimits
{
    public const string FileSetting = "REALIST_MAX_DOCUMENT_MB";

    /// <summary>File parts in one request: the study file and its mapping, with room for a client that sends both twice.</summary>
    public const int MaxFiles = 4;

    /// <summary>The <c>operations</c> part: the query and its variables.</summary>
    public const int MaxOperationsBytes = 2 * 1024 * 1024;

    public const int MaxMapBytes = 64 * 1024;

    public static long MaxFileBytes => DocumentLimits.Default.MaxBytes;

    public static string MaxFileText => DocumentLimits.Default.MaxBytesText;

    /// <summary>The whole multipart body: its files at their largest and the JSON parts.</summary>
    public static long MaxMultipartBodyBytes => (2 * MaxFileBytes) + MaxOperationsBytes + MaxMapBytes;

    /// <summary>A JSON body carrying one file of the largest size in base64, with room for the rest of the request.</summary>
    public static long MaxJsonBodyBytes => Math.Max(30_000_000, Base64Length(MaxFileBytes) + MaxOperationsBytes);

    public static long Base64Length(long bytes) => (bytes + 2) / 3 * 4;
}
