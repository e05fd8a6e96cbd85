using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Neo4j.Analysis;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Export;
using RealistGraph.Neo4j.Import;
using RealistGraph.Neo4j.Links;
using RealistGraph.Neo4j.Maintenance;
using RealistGraph.Neo4j.Reading;
using RealistGraph.Neo4j.Schema;

namespace RealistGraph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>Registers the Neo4j HTTP client, schema migrations and the repositories.</summary>
    public static IServiceCollection AddRealistGraphNeo4j(this IServiceCollection services, Action<Neo4jOptions> configure)
    {
        services.Configure(configure);
        services.AddSingleton<Neo4jConnection>();
        services.AddSingleton<IGraphDatabase, GraphDatabase>();
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<StudyGraphWriter>();
        services.AddSingleton<StudyGraphReader>();
        services.AddSingleton<RecordReader>();
        services.AddSingleton<ChildPageReader>();
        services.AddSingleton<Search.TextSearchReader>();
        services.AddSingleton<StudyIdCheck>();
        services.AddSingleton<GraphMaintenance>();
        services.AddSingleton<AnalysisReader>();
        services.AddSingleton<LinkStore>();
        services.AddSingleton<Suggestions.SuggestionStore>();
        services.AddSingleton<Mutations.StudyWriteStore>();
        services.AddSingleton<Access.ApiKeyStore>();
        services.AddSingleton<Changes.ChangeLog>();
        services.AddSingleton<Backup.BackupStore>();
        services.AddSingleton<Backup.GraphRestorer>();
        return services;
    }
}
