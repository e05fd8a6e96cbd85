using System.Text.Json;
using System.Text.Json.Serialization;

namespace RealistGraph.Neo4j.Client;

/// <summary>
/// Writes a long string in pieces (<see cref="Utf8JsonWriter.WriteStringValueSegment(ReadOnlySpan{char}, bool)"/>), giving
/// the same bytes as one <see cref="Utf8JsonWriter.WriteStringValue(string)"/>. Written whole, a string that needs escaping
/// (a study's QDA identity is JSON: about 3 M characters at 50,000 selections) borrows a buffer of six times its length
/// from the shared pool, which keeps it; in pieces the buffer is six times a piece.
/// </summary>
public sealed class LongStringConverter : JsonConverter<string>
{
    /// <summary>Characters a piece.</summary>
    public const int Segment = 16 * 1024;

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        if (value.Length <= Segment)
        {
            writer.WriteStringValue(value);
            return;
        }

        var rest = value.AsSpan();
        while (rest.Length > Segment)
        {
            // A surrogate pair stays in one piece.
            var length = char.IsHighSurrogate(rest[Segment - 1]) ? Segment - 1 : Segment;
            writer.WriteStringValueSegment(rest[..length], isFinalSegment: false);
            rest = rest[length..];
        }

        writer.WriteStringValueSegment(rest, isFinalSegment: true);
    }

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() ?? "";

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);
}
