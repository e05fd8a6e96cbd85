using System.Globalization;
using GraphQL;

namespace RealistGraph.Api.GraphQL.Uploads;

/// <summary>Puts uploaded files into a request's variables at the paths its map names (<c>variables.file.content</c>, <c>variables.files.0</c>).</summary>
public static class UploadVariables
{
    public static Inputs Place(Inputs? variables, IReadOnlyDictionary<string, string[]> map, IReadOnlyDictionary<string, UploadedFile> files)
    {
        var root = new Dictionary<string, object?>(variables ?? Inputs.Empty, StringComparer.Ordinal);
        foreach (var (part, paths) in map)
        {
            if (paths is null || paths.Length == 0)
            {
                throw UploadRefusedException.BadRequest($"map['{part}'] names no path.");
            }

            foreach (var path in paths)
            {
                Set(root, path, files[part], part);
            }
        }

        return root.ToInputs();
    }

    private static void Set(Dictionary<string, object?> root, string path, UploadedFile file, string part)
    {
        var segments = (path ?? "").Split('.');
        if (segments.Length < 2 || segments[0] != "variables" || segments.Any(s => s.Length == 0))
        {
            throw UploadRefusedException.BadRequest($"map['{part}']: '{path}' is not a path into the variables (such as 'variables.file.content').");
        }

        object? node = root;
        for (var i = 1; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            var segment = segments[i];
            switch (node)
            {
                case IDictionary<string, object?> map:
                    if (last)
                    {
                        map[segment] = file;
                    }
                    else
                    {
                        node = map.TryGetValue(segment, out var next) ? next : null;
                    }

                    break;
                case IList<object?> list when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < list.Count:
                    if (last)
                    {
                        list[index] = file;
                    }
                    else
                    {
                        node = list[index];
                    }

                    break;
                default:
                    throw UploadRefusedException.BadRequest($"map['{part}']: '{path}' does not lead to a place in the variables (at '{segment}').");
            }
        }
    }
}
