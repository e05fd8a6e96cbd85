using System.Security.Cryptography;
using System.Text;
using RealistGraph.Domain.Model;

namespace RealistGraph.Documents.Refi;

/// <summary>REFI GUIDs: compared in one canonical form, and generated deterministically for exports.</summary>
public static class RefiGuid
{
    // Fixed namespace for RealistGraph's name-based (v5) UUIDs; changing it would change every exported GUID.
    private static readonly Guid _namespace = new("7d3c2a4e-5b1f-4c1e-9a53-2f0e6b8d9c11");

    /// <summary>Lower case, no braces, no surrounding blanks: tools write <c>{ABC...}</c>, <c>abc...</c> or both.</summary>
    public static string Normalize(string? guid) =>
        (guid ?? "").Trim().TrimStart('{').TrimEnd('}').Trim().ToLowerInvariant();

    /// <summary>A stable GUID for an element of a study: the same document always exports the same GUIDs.</summary>
    public static string For(string studyId, string kind, string localId) =>
        NameBased($"{kind}:{StudyIds.Qualify(studyId, localId)}");

    /// <summary>RFC 4122 version 5 UUID of <paramref name="name"/> in RealistGraph's namespace.</summary>
    public static string NameBased(string name)
    {
        var namespaceBytes = _namespace.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[namespaceBytes.Length + nameBytes.Length];
        namespaceBytes.CopyTo(input, 0);
        nameBytes.CopyTo(input, namespaceBytes.Length);
#pragma warning disable CA5350 // RFC 4122 v5 is defined on SHA-1; this is an identifier, not a security hash.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
