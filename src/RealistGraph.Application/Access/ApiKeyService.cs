using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RealistGraph.Domain.Errors;
using RealistGraph.Neo4j.Access;

namespace RealistGraph.Application.Access;

/// <summary>
/// Key management (create, list, revoke) and key checks. A check asks the graph at most once per key per
/// <see cref="ApiKeySettings.CacheFor"/>: answers (valid or not) are cached under a hash of the presented key, never
/// the key. Revoking through this service empties the cache of this process; other replicas see it when their entry
/// lapses.
/// </summary>
public sealed class ApiKeyService(ApiKeyStore store, ApiKeySettings settings, TimeProvider clock)
{
    private const int MaxCached = 10_000;
    private readonly ConcurrentDictionary<string, (ApiKeyIdentity? Identity, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public async Task<CreatedApiKey> CreateAsync(string name, Role role, CancellationToken cancellationToken = default)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 100 || name.Any(char.IsControl))
        {
            throw RequestException.Invalid("name", "a key needs a name of 1 to 100 printable characters");
        }

        var key = ApiKeyFormat.NewKey();
        var salt = ApiKeyFormat.NewSalt();
        var record = new StoredApiKey(name, Roles.Name(role), ApiKeyFormat.PrefixOf(key)!, salt, ApiKeyFormat.Hash(salt, key), Now(), null);
        return await store.CreateAsync(record, cancellationToken)
            ? new CreatedApiKey(name, role, key)
            : throw RequestException.Conflict("name", $"a key named '{name}' exists already (revoke it, then pick another name)");
    }

    public async Task<IReadOnlyList<ApiKeyListing>> ListAsync(CancellationToken cancellationToken = default) =>
        (await store.AllAsync(cancellationToken)).Select(k => new ApiKeyListing(k.Name, k.Role, k.Prefix, k.CreatedAt, k.RevokedAt)).ToList();

    public async Task RevokeAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!await store.RevokeAsync(name, Now(), cancellationToken))
        {
            throw RequestException.NotFound("name", $"no key named '{name}'");
        }

        _cache.Clear();
    }

    /// <summary>The holder of <paramref name="key"/>, or null when it is malformed, unknown or revoked.</summary>
    public async Task<ApiKeyIdentity?> AuthenticateAsync(string key, CancellationToken cancellationToken = default)
    {
        var prefix = ApiKeyFormat.PrefixOf(key);
        if (prefix is null)
        {
            return null;
        }

        var cacheKey = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(cacheKey, out var cached) && cached.Until > now)
        {
            return cached.Identity;
        }

        var identity = (await store.ByPrefixAsync(prefix, cancellationToken))
            .Where(k => k.RevokedAt is null && ApiKeyFormat.Matches(k.Salt, k.Hash, key))
            .Select(k => Roles.Parse(k.Role) is { } role ? new ApiKeyIdentity(k.Name, role) : null)
            .FirstOrDefault(i => i is not null);
        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }

        _cache[cacheKey] = (identity, now + settings.CacheFor);
        return identity;
    }

    /// <summary>Forgets every cached check (after a restore, say).</summary>
    public void ForgetCachedChecks() => _cache.Clear();

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
