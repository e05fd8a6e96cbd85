using System.Text;

namespace RealistGraph.Api.GraphQL.Paging;

/// <summary>Opaque cursors for offset paging: the position of an item in the ordered result.</summary>
public static class Cursor
{
    private const string Prefix = "offset:";

    public static string Of(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset));

    public static int? OffsetOf(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(text[Prefix.Length..], out var offset) && offset >= 0)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw Domain.Errors.RequestException.Invalid("after", $"'{cursor}' is not a cursor this API gave out.");
    }
}
