using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Analysis;
using RealistGraph.Application.Editing;
using RealistGraph.Application.Links;
using RealistGraph.Application.Studies;
using RealistGraph.Neo4j;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>Registers the use cases and everything under them (the Neo4j data layer).</summary>
    public static IServiceCollection AddRealistGraphApplication(this IServiceCollection services, Action<Neo4jOptions> configureNeo4j)
    {
        services.AddRealistGraphNeo4j(configureNeo4j);
        services.AddSingleton<StudyImportService>();
        services.AddSingleton<StudyExportService>();
        services.AddSingleton<SampleLoader>();
        services.AddSingleton<CogService>();
        services.AddSingleton<SuggestionService>();
        services.AddSingleton<LinkService>();
        services.AddSingleton<StudyEditor>();
        services.AddSingleton<Access.ApiKeyService>();
        services.AddSingleton<Backup.BackupService>();
        services.AddSingleton(Access.ApiKeySettings.Default);
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
