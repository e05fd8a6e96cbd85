using GraphQL.Types;
using GraphQLParser.AST;

namespace RealistGraph.Api.GraphQL.Uploads;

/// <summary>
/// The <c>Upload</c> scalar of the GraphQL multipart request convention: a file sent as a part of a
/// <c>multipart/form-data</c> request and placed into the variables by the request's <c>map</c>. It cannot be written
/// in a query literal and is never returned.
/// </summary>
public sealed class UploadGraphType : ScalarGraphType
{
    public UploadGraphType()
    {
        Name = "Upload";
        Description = "A file sent as a part of a multipart/form-data request (the GraphQL multipart request convention); only as a variable.";
    }

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue;

    public override object? ParseLiteral(GraphQLValue value) =>
        value is GraphQLNullValue ? null : ThrowLiteralConversionError(value, "A file is sent as a part of a multipart request and named in its map, not written in the query.");

    public override bool CanParseValue(object? value) => value is null or UploadedFile;

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        UploadedFile file => file,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) =>
        value is null ? null : throw new InvalidOperationException("Upload is an input type only.");

    public override bool IsValidDefault(object value) => false;

    public override GraphQLValue ToAST(object? value) =>
        value is null ? new GraphQLNullValue() : throw new InvalidOperationException("An uploaded file has no literal form.");
}
