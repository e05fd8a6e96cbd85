using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RealistGraph.Application.Access;
using RealistGraph.Application.Studies;
using RealistGraph.IntegrationTests.Access;
using RealistGraph.IntegrationTests.Infrastructure;

namespace RealistGraph.IntegrationTests.Hosting;

/// <summary><c>GET /studies/{id}/export.qdpx</c>, the pages' download of a study as a REFI-QDA project.</summary>
public sealed class QdpxDownloadIT(RealistGraphFixture fixture) : GraphTest(fixture)
{
    [Fact]
    public async Task The_seed_downloads_as_a_qdpx_whose_project_holds_its_quotes()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        using var anonymous = Fixture.ClientWith(null);
        using var response = await anonymous.GetAsync("/studies/brooks-2023-bsme/export.qdpx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("brooks-2023-bsme.qdpx", response.Content.Headers.ContentDisposition?.ToString());
        // Read back by the service's own REFI-QDA reader, as ./realist import would: the seed's 61 quotes are in it.
        var file = Path.Combine(Path.GetTempPath(), $"qdpx-download-{Guid.NewGuid():N}.qdpx");
        try
        {
            await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
            var study = await StudyFileReader.ReadAsync(file);
            Assert.Equal(61, study.Document.Quotes.Count);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_unknown_study_is_404_with_a_code()
    {
        using var response = await Fixture.ClientWith(null).GetAsync("/studies/no-such-study/export.qdpx");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal("studyId: no study 'no-such-study'.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_bad_key_is_refused_even_when_anonymous_reading_is_on()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        using var response = await Fixture.ClientWith("rgk_not-a-key").GetAsync("/studies/brooks-2023-bsme/export.qdpx");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHENTICATED", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetProperty("code").GetString());
    }
}

/// <summary>The same download where anonymous reading is off (as in the image): a reader key is needed, as for exportStudy.</summary>
public sealed class LockedDownQdpxDownloadIT(RealistGraphFixture fixture, LockedDownHost host) : GraphTest(fixture), IClassFixture<LockedDownHost>
{
    [Fact]
    public async Task Without_a_key_it_is_401_and_with_a_reader_key_it_downloads()
    {
        await Fixture.ImportAsync(RepositoryPaths.Seed);
        using var anonymous = host.ClientWith(null);
        using var refused = await anonymous.GetAsync("/studies/brooks-2023-bsme/export.qdpx");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("needs the reader role", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var reader = await host.Services.GetRequiredService<ApiKeyService>().CreateAsync("qdpx-reader", Role.Reader);
        using var client = host.ClientWith(reader.Key);
        using var response = await client.GetAsync("/studies/brooks-2023-bsme/export.qdpx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }
}
