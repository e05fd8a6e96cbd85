using System.Text.Json;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Wire;

internal static class WireErrors
{
    /// <summary>Both APIs report errors as <c>errors: [{code, message}]</c>, whatever the HTTP status says.</summary>
    public static void ThrowIfAny(JsonElement reply)
    {
        if (reply.ValueKind != JsonValueKind.Object
            || !reply.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array
            || errors.GetArrayLength() == 0)
        {
            return;
        }

        var first = errors[0];
        var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "Neo.Unknown" : "Neo.Unknown";
        var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
        throw Neo4jException.FromCode(code, message);
    }

    public static DateTimeOffset? ParseExpiry(JsonElement transaction) =>
        transaction.ValueKind == JsonValueKind.Object
        && transaction.TryGetProperty("expires", out var expires)
        && DateTimeOffset.TryParse(expires.GetString(), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;
}
