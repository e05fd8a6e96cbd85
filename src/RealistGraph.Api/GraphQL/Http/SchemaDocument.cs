using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace RealistGraph.Api.GraphQL.Http;

/// <summary>The schema as SDL, as served at <c>/graphql/schema.graphql</c> and kept in <c>schema/realist.graphql</c>.</summary>
public static class SchemaDocument
{
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
