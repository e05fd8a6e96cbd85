using System.Collections.Concurrent;
using System.Reflection;

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>A document property as written: camelCase name, in the order the C# class declares it.</summary>
internal sealed record DocumentProperty(string Name, PropertyInfo Info, bool IsNullable);

/// <summary>The shape of the document classes, shared by reader and writer so both agree on names and order.</summary>
internal static class DocumentShape
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<DocumentProperty>> _cache = new();
    private static readonly NullabilityInfoContext _nullability = new();

    public static IReadOnlyList<DocumentProperty> Of(Type type) => _cache.GetOrAdd(type, Describe);

    private static IReadOnlyList<DocumentProperty> Describe(Type type)
    {
        lock (_nullability)
        {
            return
            [
                .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.CanRead && p.CanWrite)
                    .OrderBy(p => p.MetadataToken)
                    .Select(p => new DocumentProperty(
                        char.ToLowerInvariant(p.Name[0]) + p.Name[1..],
                        p,
                        _nullability.Create(p).WriteState == NullabilityState.Nullable)),
            ];
        }
    }
}
