using System.Text.Json;
using System.Text.Json.Serialization;

namespace RealistGraph.Api.GraphQL.Execution;

/// <summary>Writes <see cref="FlatObjectCollection"/> as the JSON array of objects GraphQL.NET would have written node by node.</summary>
public sealed class FlatObjectCollectionJsonConverter : JsonConverter<FlatObjectCollection>
{
    public override FlatObjectCollection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("FlatObjectCollection are only written.");

    public override void Write(Utf8JsonWriter writer, FlatObjectCollection value, JsonSerializerOptions options)
    {
        var names = value.Names.Select(n => JsonEncodedText.Encode(options.PropertyNamingPolicy?.ConvertName(n) ?? n, options.Encoder)).ToArray();
        writer.WriteStartArray();
        for (var row = 0; row < value.Count; row++)
        {
            writer.WriteStartObject();
            for (var column = 0; column < names.Length; column++)
            {
                writer.WritePropertyName(names[column]);
                if (!value.TryWrite(writer, row, column))
                {
                    var cell = value.Cell(row, column);
                    JsonSerializer.Serialize(writer, cell, cell!.GetType(), options);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
