using System.Security.Cryptography;
using System.Text;

namespace RealistGraph.Application.Access;

/// <summary>
/// The shape of a key: <c>rgk_</c>, a 12-character lookup prefix and the rest of 256 random bits, base64url. Only
/// the prefix (to find the record) and SHA-256(salt ‖ key) with a 128-bit per-key salt are stored. A fast hash is
/// enough because the key is random and long (nothing to guess from a dictionary); the comparison is constant time.
/// </summary>
public static class ApiKeyFormat
{
    public const string Marker = "rgk_";
    private const int PrefixLength = 12;

    public static string NewKey() => Marker + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string NewSalt() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    /// <summary>The lookup prefix of a well-formed key, or null when it cannot be one of ours.</summary>
    public static string? PrefixOf(string key) =>
        key.StartsWith(Marker, StringComparison.Ordinal) && key.Length == Marker.Length + 43 && key.Skip(Marker.Length).All(IsBase64Url)
            ? key.Substring(Marker.Length, PrefixLength)
            : null;

    public static string Hash(string salt, string key) =>
        Convert.ToBase64String(SHA256.HashData([.. Convert.FromBase64String(salt), .. Encoding.UTF8.GetBytes(key)]));

    public static bool Matches(string salt, string storedHash, string key) =>
        CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(Hash(salt, key)), Convert.FromBase64String(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool IsBase64Url(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
