namespace Consortium.Practice.Census;

/// <summary>A census code type: its list is where every value of it comes from.</summary>
public interface ICodeType<TSelf>
    where TSelf : CensusCode, ICodeType<TSelf>
{
    static abstract CodeList<TSelf> List { get; }
}
