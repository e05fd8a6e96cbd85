namespace RealistGraph.Documents.Tests.Refi.Support;

/// <summary>Wraps project.qde content in a Project element.</summary>
public static class Qde
{
    public static string Project(string inner, string name = "Test project", string ns = "urn:QDA-XML:project:1.0") =>
        $"""<?xml version="1.0" encoding="utf-8"?><Project xmlns="{ns}" name="{name}" origin="test">{inner}</Project>""";
}
