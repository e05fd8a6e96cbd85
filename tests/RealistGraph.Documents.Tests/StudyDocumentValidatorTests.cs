using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Tests;

public sealed class StudyDocumentValidatorTests
{
    /// <summary>A small document that uses every kind of entry and reference, and is valid.</summary>
    private const string ValidYaml = """
        id: small-study
        title: A small study
        year: 2024
        sampleSize: 3
        interventions:
          - id: programme
            name: A programme
            functions:
              - id: fn-reflect
                name: Encouraging self-reflection
            activities:
              - id: act-story
                name: Structured storytelling
                functions: [fn-reflect]
        domains:
          - id: personal
            name: Personal
            canonical: personal
          - id: social
            name: Social
            canonical: social
        themes:
          - id: parent-theme
            name: Parent
            domain: personal
            polarity: support
          - id: child-theme
            name: Child
            domain: social
            polarity: threat
            parent: parent-theme
        participants:
          - id: 96-F
            label: 96-F
        quotes:
          - id: q1
            participant: 96-F
            text: Some words.
            polarity: support
            themes: [child-theme]
            mechanisms: [mech]
            cmoConfigurations: [cmo]
            functions: [fn-reflect]
            activities: [act-story]
        contexts:
          - id: ctx
            description: A context.
        mechanisms:
          - id: mech
            name: A mechanism
        outcomes:
          - id: out
            description: An outcome.
            valence: positive
        cmoConfigurations:
          - id: cmo
            statement: In ctx, mech gives out.
            confidence: high
            context: ctx
            mechanism: mech
            outcome: out
            themes: [parent-theme]
            functions: [fn-reflect]
            activities: [act-story]
        interactions:
          - id: i1
            from: social
            to: personal
            kind: countering
            description: Social support counters a personal threat.
        links:
          - from: cmo
            to: other-study/some-finding
            relation: similar-to
            rationale: Same mechanism.
            author: Tester
        """;

    private static StudyDocument Valid() => StudyDocumentReader.Parse(ValidYaml);

    private static IReadOnlyList<DocumentProblem> ProblemsAfter(Action<StudyDocument> change)
    {
        var document = Valid();
        change(document);
        return StudyDocumentValidator.Validate(document);
    }

    private static DocumentProblem SingleProblemAfter(Action<StudyDocument> change) => Assert.Single(ProblemsAfter(change));

    [Fact]
    public void The_small_document_is_valid() => Assert.Empty(StudyDocumentValidator.Validate(Valid()));

    [Fact]
    public async Task The_synthetic_fixture_is_valid() =>
        Assert.Empty(StudyDocumentValidator.Validate(await StudyDocumentReader.ReadFileAsync(TestFiles.Synthetic)));

    [Fact]
    public void Required_fields_are_reported()
    {
        var problems = ProblemsAfter(d =>
        {
            d.Id = "";
            d.Title = " ";
            d.Themes[0].Name = "";
            d.Quotes[0].Text = "";
            d.Outcomes[0].Valence = "";
        });

        Assert.Equal(["id", "title", "themes[0].name", "quotes[0].text", "outcomes[0].valence"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal("required but missing or empty", p.Message));
    }

    [Theory]
    [InlineData("Themes")]
    [InlineData("with space")]
    [InlineData("a/b")]
    [InlineData("-leading")]
    public void Local_ids_must_be_lower_case_letters_digits_and_dashes(string id)
    {
        var problem = SingleProblemAfter(d => d.Interactions[0].Id = id);

        Assert.Equal("interactions[0].id", problem.Path);
        Assert.StartsWith($"'{id}' is not a valid id", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Participant_ids_may_use_upper_case_but_not_spaces()
    {
        Assert.Empty(ProblemsAfter(d => d.Participants[0].Id = d.Quotes[0].Participant = "P12-Site_B"));

        var problem = Assert.Single(ProblemsAfter(d => d.Participants[0].Id = d.Quotes[0].Participant = "96 F"));
        Assert.Equal("participants[0].id", problem.Path);
    }

    [Fact]
    public void Duplicate_ids_are_reported_across_all_kinds()
    {
        var problem = SingleProblemAfter(d => d.Mechanisms.Add(new MechanismEntry { Id = "parent-theme", Name = "M" }));

        Assert.Equal("mechanisms[1].id", problem.Path);
        Assert.Equal("duplicate id 'parent-theme' (already used by themes[0].id); ids must be unique across the whole document", problem.Message);
    }

    [Fact]
    public void Enumeration_values_are_checked()
    {
        var problems = ProblemsAfter(d =>
        {
            d.Themes[0].Polarity = "Support";
            d.Quotes[0].Polarity = "neutral";
            d.Outcomes[0].Valence = "good";
            d.CmoConfigurations[0].Confidence = "certain";
            d.Interactions[0].Kind = "opposing";
            d.Links[0].Relation = "similar_to";
        });

        Assert.Equal(
            [
                "themes[0].polarity: 'Support' is not a polarity (expected one of: support, threat, mixed)",
                "quotes[0].polarity: 'neutral' is not a polarity (expected one of: support, threat, mixed)",
                "outcomes[0].valence: 'good' is not a valence (expected one of: positive, negative, mixed)",
                "cmoConfigurations[0].confidence: 'certain' is not a confidence (expected one of: low, moderate, high)",
                "interactions[0].kind: 'opposing' is not a interaction kind (expected one of: reinforcing, countering)",
                "links[0].relation: 'similar_to' is not a link relation (expected one of: corroborates, contradicts, refines, extends, similar-to, addresses)",
            ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_dangling_domain_names_the_known_ones()
    {
        var problem = SingleProblemAfter(d => d.Themes[1].Domain = "socal");

        Assert.Equal("themes[1].domain: no domain with id 'socal' (known: personal, social)", problem.ToString());
    }

    [Fact]
    public void Every_kind_of_dangling_reference_is_reported_at_once()
    {
        var problems = ProblemsAfter(d =>
        {
            d.Quotes[0].Participant = "97-F";
            d.Quotes[0].Themes = ["child-theme", "nope"];
            d.Quotes[0].Mechanisms = ["nope"];
            d.Quotes[0].CmoConfigurations = ["nope"];
            d.Quotes[0].Functions = ["nope"];
            d.Quotes[0].Activities = ["nope"];
            d.Themes[1].Parent = "nope";
            d.Interventions[0].Activities[0].Functions = ["nope"];
            d.CmoConfigurations[0].Context = "nope";
            d.CmoConfigurations[0].Mechanism = "nope";
            d.CmoConfigurations[0].Outcome = "nope";
            d.CmoConfigurations[0].Themes = ["nope"];
            d.CmoConfigurations[0].Functions = ["nope"];
            d.CmoConfigurations[0].Activities = ["nope"];
            d.Interactions[0].From = "nope";
            d.Interactions[0].To = "nope";
        });

        Assert.Equal(
            [
                "interventions[0].activities[0].functions[0]",
                "themes[1].parent",
                "quotes[0].participant",
                "quotes[0].themes[1]",
                "quotes[0].mechanisms[0]",
                "quotes[0].cmoConfigurations[0]",
                "quotes[0].functions[0]",
                "quotes[0].activities[0]",
                "cmoConfigurations[0].context",
                "cmoConfigurations[0].mechanism",
                "cmoConfigurations[0].outcome",
                "cmoConfigurations[0].themes[0]",
                "cmoConfigurations[0].functions[0]",
                "cmoConfigurations[0].activities[0]",
                "interactions[0].from",
                "interactions[0].to",
            ],
            problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Contains("'nope'", p.Message.Replace("97-F", "nope", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public void A_theme_cannot_be_its_own_ancestor()
    {
        var problems = ProblemsAfter(d => d.Themes[0].Parent = "child-theme");

        Assert.Equal(["themes[0].parent", "themes[1].parent"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Contains("own ancestors", p.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("some-finding", "is not a global id")]
    [InlineData("Other/finding", "is not a global id")]
    [InlineData("small-study/parent-theme", "a link must point to a finding of another study")]
    public void Link_targets_must_be_global_ids_of_another_study(string target, string message)
    {
        var problem = SingleProblemAfter(d => d.Links[0].To = target);

        Assert.Equal("links[0].to", problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parent-theme", true)]
    [InlineData("mech", true)]
    [InlineData("cmo", true)]
    [InlineData("ctx", true)]
    [InlineData("out", true)]
    [InlineData("programme", true)]
    [InlineData("fn-reflect", true)]
    [InlineData("act-story", true)]
    [InlineData("q1", false)]
    [InlineData("personal", false)]
    [InlineData("96-F", false)]
    public void Link_sources_must_be_local_findings(string from, bool valid)
    {
        var problems = ProblemsAfter(d => d.Links[0].From = from);

        Assert.Equal(valid, problems.Count == 0);
        if (!valid)
        {
            Assert.StartsWith($"'{from}' is not a finding of this study (a theme, mechanism, context, outcome, CMO configuration", Assert.Single(problems).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("programme", true)]
    [InlineData("fn-reflect", true)]
    [InlineData("act-story", true)]
    [InlineData("parent-theme", false)]
    [InlineData("cmo", false)]
    public void Only_an_intervention_function_or_activity_addresses_a_finding(string from, bool valid)
    {
        var problems = ProblemsAfter(d =>
        {
            d.Links[0].From = from;
            d.Links[0].Relation = "addresses";
        });

        Assert.Equal(valid, problems.Count == 0);
        if (!valid)
        {
            var problem = Assert.Single(problems);
            Assert.Equal("links[0].relation", problem.Path);
            Assert.Contains("only those address a finding of another study", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Year_and_sample_size_ranges_are_checked()
    {
        var problems = ProblemsAfter(d =>
        {
            d.Year = 1850;
            d.SampleSize = -1;
        });

        Assert.Equal(["year: 1850 is outside 1900–2100", "sampleSize: -1 is negative; a sample size must be 0 or more"], problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task The_broken_dangling_fixture_reports_all_its_problems_with_paths()
    {
        var read = await StudyDocumentReader.TryReadFileAsync(Path.Combine(TestFiles.Fixtures, "broken-dangling.yaml"));

        var problems = StudyDocumentValidator.Validate(read.Document!);

        Assert.Equal(
            [
                "themes[1].domain: no domain with id 'socal' (known: personal, social, structural)",
                "quotes[0].participant: no participant with id '12-Z' (known: 96-F)",
                "quotes[0].themes[0]: no theme with id 'comunities' (known: attraction, communities)",
                "cmoConfigurations[0].mechanism: no mechanism with id 'belonging' (the document defines none)",
                "interactions[0].to: no domain with id 'organisational' (known: personal, social, structural)",
                "links[0].to: 'communities-of-practice' is not a global id: write '{other study id}/{local id}', e.g. 'brooks-2023-bsme/communities-of-practice'",
            ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task The_loader_throws_with_reading_and_validation_problems_together()
    {
        var exception = await Assert.ThrowsAsync<StudyDocumentException>(
            () => StudyDocumentLoader.LoadAsync(Path.Combine(TestFiles.Fixtures, "broken-dangling.yaml")));

        Assert.Equal(7, exception.Problems.Count);
        Assert.Equal("quotes[1].colour", exception.Problems[0].Path);
        Assert.Contains("broken-dangling.yaml", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_of_every_kind_are_reported_together()
    {
        var problems = ProblemsAfter(d =>
        {
            d.Title = "";
            d.Year = 3000;
            d.Domains[0].Id = "Personal";
            d.Outcomes[0].Id = "ctx";
            d.Themes[0].Polarity = "good";
            d.Quotes[0].Themes = ["missing"];
            d.Links[0].To = "small-study/cmo";
        });

        Assert.Equal(
            ["title", "year", "domains[0].id", "themes[0].domain", "themes[0].polarity", "quotes[0].themes[0]", "outcomes[0].id", "cmoConfigurations[0].outcome", "interactions[0].to", "links[0].to"],
            problems.Select(p => p.Path));
    }

    [Fact]
    public void EnsureValid_throws_with_every_problem()
    {
        var document = Valid();
        document.Id = "";
        document.Title = "";

        var exception = Assert.Throws<StudyDocumentException>(() => StudyDocumentValidator.EnsureValid(document));

        Assert.Equal(2, exception.Problems.Count);
    }
}
