using System.Text.Json;

namespace RealistGraph.Api.GraphQL.Execution;

/// <summary>The values of a GraphQL answer that are written straight, without a serializer: null, text, booleans, integers.</summary>
internal static class JsonScalars
{
    public static bool TryWrite(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return true;
            case string text:
                writer.WriteStringValue(text);
                return true;
            case bool flag:
                writer.WriteBooleanValue(flag);
                return true;
            case int number:
                writer.WriteNumberValue(number);
                return true;
            case long number:
                writer.WriteNumberValue(number);
                return true;
            default:
                return false;
        }
    }
}
