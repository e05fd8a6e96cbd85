using System.Text.Json;
using System.Text.Json.Serialization;

namespace RealistGraph.Neo4j.Client;

internal static class CypherJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(), new LongStringConverter() },
    };
}
