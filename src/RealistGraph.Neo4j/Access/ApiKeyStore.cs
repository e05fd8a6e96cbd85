using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Queries;
using A = RealistGraph.Neo4j.Queries.QueryNames.Access;

namespace RealistGraph.Neo4j.Access;

/// <summary>The <c>(:ApiKey)</c> records; Application's <c>ApiKeyService</c> makes and checks the keys.</summary>
public sealed class ApiKeyStore(IGraphDatabase database)
{
    /// <summary>Stores the record; false when a key of that name exists already.</summary>
    public async Task<bool> CreateAsync(StoredApiKey key, CancellationToken cancellationToken = default)
    {
        var result = await database.RunAsync(Statement(A.CreateKey, new()
        {
            ["name"] = key.Name, ["role"] = key.Role, ["prefix"] = key.Prefix, ["salt"] = key.Salt, ["hash"] = key.Hash,
            ["createdAt"] = key.CreatedAt,
        }), cancellationToken);
        return result.Records.Count == 1;
    }

    public async Task<IReadOnlyList<StoredApiKey>> ByPrefixAsync(string prefix, CancellationToken cancellationToken = default) =>
        (await database.RunAsync(Statement(A.KeysByPrefix, new() { ["prefix"] = prefix }), cancellationToken)).Records.Select(Read).ToList();

    public async Task<IReadOnlyList<StoredApiKey>> AllAsync(CancellationToken cancellationToken = default) =>
        (await database.RunAsync(Statement(A.AllKeys, []), cancellationToken)).Records.Select(Read).ToList();

    /// <summary>Marks the key revoked at <paramref name="at"/> (or keeps an earlier revocation); false when there is no such key.</summary>
    public async Task<bool> RevokeAsync(string name, string at, CancellationToken cancellationToken = default) =>
        (await database.RunAsync(Statement(A.RevokeKey, new() { ["name"] = name, ["at"] = at }), cancellationToken)).Records.Count == 1;

    /// <summary>Writes records back as they were (a restore); a record of the same name is replaced.</summary>
    public Task RestoreAsync(IReadOnlyList<StoredApiKey> keys, CancellationToken cancellationToken = default) =>
        database.RunAsync(RestoreStatement(keys), cancellationToken);

    /// <summary>The statement of <see cref="RestoreAsync"/>, for a restore that runs it in its own transaction.</summary>
    internal static CypherStatement RestoreStatement(IReadOnlyList<StoredApiKey> keys) =>
        Statement(A.RestoreKeys, new()
        {
            ["keys"] = keys.Select(k => new Dictionary<string, object?>
            {
                ["name"] = k.Name, ["role"] = k.Role, ["prefix"] = k.Prefix, ["salt"] = k.Salt, ["hash"] = k.Hash,
                ["createdAt"] = k.CreatedAt, ["revokedAt"] = k.RevokedAt,
            }).ToList(),
        });

    private static StoredApiKey Read(CypherRecord r) => new(
        r.GetString("name"), r.GetString("role"), r.GetString("prefix"), r.GetString("salt"), r.GetString("hash"),
        r.GetString("createdAt"), r.GetNullableString("revokedAt"));

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) => QueryCatalog.Embedded.Statement(name, parameters);
}
