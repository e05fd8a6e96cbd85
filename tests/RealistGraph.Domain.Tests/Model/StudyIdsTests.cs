using RealistGraph.Domain.Model;

namespace RealistGraph.Domain.Tests.Model;

public sealed class StudyIdsTests
{
    [Theory]
    [InlineData("brooks-2023-bsme")]
    [InlineData("3.2")]
    [InlineData("a_b")]
    [InlineData("0")]
    public void Lower_case_letters_digits_dots_underscores_and_dashes_make_a_local_id(string id) =>
        Assert.True(StudyIds.IsLocal(id));

    [Theory]
    [InlineData("")]
    [InlineData("Grit")]
    [InlineData("-grit")]
    [InlineData(".grit")]
    [InlineData("grit theme")]
    [InlineData("a/b")]
    [InlineData("grit\n")]
    [InlineData("café")]
    public void Anything_else_is_not_a_local_id(string id) =>
        Assert.False(StudyIds.IsLocal(id));

    [Theory]
    [InlineData("96-F", true)]
    [InlineData("7f", true)]
    [InlineData("-7F", false)]
    [InlineData("7 F", false)]
    [InlineData("7F\n", false)]
    [InlineData("", false)]
    public void Participant_ids_may_use_upper_case_too(string id, bool valid) =>
        Assert.Equal(valid, StudyIds.IsParticipant(id));

    [Theory]
    [InlineData("brooks-2023-bsme/communities-of-practice", true)]
    [InlineData("brooks-2023-bsme/96-F", true)]
    [InlineData("Brooks/x", false)]
    [InlineData("brooks", false)]
    [InlineData("brooks/", false)]
    [InlineData("a/b/c", false)]
    [InlineData("a/b\n", false)]
    public void A_global_id_is_a_study_id_a_slash_and_a_local_id(string id, bool valid) =>
        Assert.Equal(valid, StudyIds.IsGlobal(id));

    [Fact]
    public void Qualify_Local_and_StudyOf_undo_each_other()
    {
        var global = StudyIds.Qualify("s-1", "theme.2");

        Assert.Equal("s-1/theme.2", global);
        Assert.Equal("theme.2", StudyIds.Local("s-1", global));
        Assert.Equal("s-1", StudyIds.StudyOf(global));
        Assert.Equal("other/x", StudyIds.Local("s-1", "other/x"));
    }
}
