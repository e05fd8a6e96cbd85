using System.Globalization;
using RealistGraph.Api.Hosting;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

var builder = WebApplication.CreateBuilder(args);
builder.AddRealistGraph();

var app = builder.Build();
app.MapRealistGraph();
app.Run();

/// <summary>The entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
