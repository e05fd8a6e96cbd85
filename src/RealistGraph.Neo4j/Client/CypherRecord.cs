using System.Text.Json;

namespace RealistGraph.Neo4j.Client;

/// <summary>One row of a result, read by column name. Only the data layer sees these; resolvers get domain records.</summary>
internal sealed class CypherRecord
{
    private readonly IReadOnlyDictionary<string, int> _columnIndex;
    private readonly JsonElement[] _values;

    internal CypherRecord(IReadOnlyDictionary<string, int> columnIndex, JsonElement[] values)
    {
        _columnIndex = columnIndex;
        _values = values;
    }

    public JsonElement this[string column] =>
        _columnIndex.TryGetValue(column, out var index)
            ? _values[index]
            : throw new KeyNotFoundException($"The query returned no column '{column}'.");

    public string GetString(string column) => this[column].GetString() ?? "";

    public string? GetNullableString(string column) =>
        this[column].ValueKind == JsonValueKind.Null ? null : this[column].ToString();

    public long GetInt64(string column) => this[column].GetInt64();

    public int? GetNullableInt32(string column) =>
        this[column].ValueKind == JsonValueKind.Number ? this[column].GetInt32() : null;

    public double GetDouble(string column) => this[column].GetDouble();

    public bool GetBoolean(string column) => this[column].GetBoolean();

    public IReadOnlyList<string> GetStrings(string column) =>
        this[column].ValueKind == JsonValueKind.Array
            ? this[column].EnumerateArray().Where(e => e.ValueKind != JsonValueKind.Null).Select(e => e.ToString()).ToList()
            : [];
}
