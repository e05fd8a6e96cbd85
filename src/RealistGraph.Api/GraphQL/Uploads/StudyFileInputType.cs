using GraphQL.Types;

namespace RealistGraph.Api.GraphQL.Uploads;

/// <summary>A study file of any import format, sent as a multipart upload or in base64.</summary>
public sealed class StudyFileInputType : InputObjectGraphType
{
    public StudyFileInputType()
    {
        Name = "StudyFileInput";
        Description = "A study file of any format the command line imports: a study document (.yaml, .yml, .json), a REFI-QDA project (.qdpx) "
            + "or codebook (.qdc), or coded excerpts (.csv); with, for the QDA formats, a mapping file. Give the content either as an Upload "
            + "(multipart request) or in base64. Each file is limited to the size the command line takes (64 MB by default).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The file's name; its extension says the format.");
        Field<UploadGraphType>("content").Description("The file, as a part of a multipart request.");
        Field<StringGraphType>("contentBase64").Description("Or the file's bytes in base64.");
        Field<UploadGraphType>("mapping").Description("The mapping file (YAML) of a .qdpx, .qdc or .csv: which codes are domains, polarities, ... (docs/refi-qda-bridge.md).");
        Field<StringGraphType>("mappingBase64").Description("Or the mapping file's bytes in base64.");
    }
}
