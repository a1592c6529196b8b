using System.Globalization;
using Consortium.Practice.Casework;
using Consortium.Practice.Census;

namespace Consortium.Synthetic;

/// <summary>
/// Unique pupil numbers for the synthetic children, so the census of a demo authority is not one query per child: a
/// child of school age (5 or older on the day) gets a number of the census's form issued by the authority, numbered in
/// the order written so that none repeats; a younger child has none, for the reason UN1 (not of school age).
/// </summary>
internal sealed class SyntheticUpns(string laCode, DateOnly today)
{
    private static readonly UpnUnknown NotOfSchoolAge = UpnUnknown.List.FromStored("UN1");
    private int _issued;

    public void Give(Child child)
    {
        if (child.DateOfBirth is not { } born || born.AddYears(5) > today)
        {
            child.UpnUnknown = NotOfSchoolAge;
            return;
        }

        if (laCode.Length != 3)
        {
            return;
        }

        _issued++;
        var rest = laCode + _issued.ToString("D8", CultureInfo.InvariantCulture) + (_issued % 10).ToString(CultureInfo.InvariantCulture);
        child.Upn = Upn.CheckLetterFor("A" + rest) + rest;
    }
}
