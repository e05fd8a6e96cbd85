namespace RealistGraph.Api.GraphQL.Uploads;

/// <summary>A file part of a multipart GraphQL request, read whole into memory within the upload limits.</summary>
public sealed record UploadedFile(string FileName, string? ContentType, ReadOnlyMemory<byte> Content);
