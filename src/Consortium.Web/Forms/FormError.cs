namespace Consortium.Web.Forms;

/// <summary>One entry of the GOV.UK error summary: the message and the id of the field it is about (if any).</summary>
public sealed record FormError(string? FieldId, string Message)
{
    /// <summary>An HTML id for a dotted settings path: "Timescales.AssessmentWorkingDays" becomes "Timescales-AssessmentWorkingDays".</summary>
    public static string IdFor(string path) => path.Replace('.', '-');
}
