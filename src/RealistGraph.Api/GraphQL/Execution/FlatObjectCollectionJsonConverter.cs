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
        var values = value.Values;
        writer.WriteStartArray();
        for (int row = 0, at = 0; row < value.Count; row++)
        {
            writer.WriteStartObject();
            foreach (var name in names)
            {
                writer.WritePropertyName(name);
                var cell = values[at++];
                if (!JsonScalars.TryWrite(writer, cell))
                {
                    JsonSerializer.Serialize(writer, cell, cell!.GetType(), options);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
