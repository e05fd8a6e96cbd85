using GraphQL;
using RealistGraph.Application.Studies;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Domain.Errors;

namespace RealistGraph.Api.GraphQL.Uploads;

/// <summary>
/// The study that <c>importStudy</c> or <c>validateStudy</c> was given, read and validated whole by the same code the
/// command line uses: document text (<c>document</c>) or a file of any import format (<c>file</c>). Writes nothing.
/// </summary>
public static class StudySource
{
    public static Task<StudyFile> ReadAsync(IResolveFieldContext context)
    {
        var document = context.GetArgument<string?>("document");
        var file = context.GetArgument<Dictionary<string, object?>?>("file");
        var field = context.FieldDefinition.Name;
        return (document, file) switch
        {
            ({ } text, null) => Task.FromResult(StudyFileReader.ReadText(text)),
            (null, { } input) => StudyUploadReader.ReadAsync(Upload(input, field), context.CancellationToken),
            (null, null) => throw RequestException.Invalid(field, "give the study as 'document' (YAML or JSON text) or as 'file' (any import format)"),
            _ => throw RequestException.Invalid(field, "give 'document' or 'file', not both"),
        };
    }

    private static StudyUpload Upload(Dictionary<string, object?> input, string field)
    {
        var name = (string)input["name"]!;
        var content = Bytes(input, "content", field)
            ?? throw RequestException.Invalid($"{field}.file", $"'{name}' has no content: send it as an upload ('content') or in base64 ('contentBase64')");
        return new StudyUpload(name, content, Bytes(input, "mapping", field));
    }

    /// <summary>The bytes of an upload or of its base64 twin; both at once is refused, as is base64 that does not decode.</summary>
    private static ReadOnlyMemory<byte>? Bytes(Dictionary<string, object?> input, string key, string field)
    {
        var upload = input.GetValueOrDefault(key) as UploadedFile;
        var base64 = input.GetValueOrDefault(key + "Base64") as string;
        if (upload is not null && base64 is not null)
        {
            throw RequestException.Invalid($"{field}.file", $"give '{key}' or '{key}Base64', not both");
        }

        if (base64 is null)
        {
            return upload?.Content;
        }

        if (base64.Length / 4 * 3 > UploadLimits.MaxFileBytes)
        {
            throw new StudyDocumentException($"{field}.file.{key}Base64 decodes to more than {UploadLimits.MaxFileText}, the limit for one document ({UploadLimits.FileSetting})");
        }

        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw RequestException.Invalid($"{field}.file.{key}Base64", "not base64 (RFC 4648: A-Z, a-z, 0-9, +, / and = padding)");
        }
    }
}
