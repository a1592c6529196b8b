namespace Consortium.Web.Forms;

/// <summary>Who attended a meeting: staff and family chosen from lists, people from other agencies written one a line.</summary>
public sealed record AttendeeFields(CheckboxesField Staff, CheckboxesField Family, TextAreaField Others);
