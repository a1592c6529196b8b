using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Consortium.Practice.Census;

/// <summary>Stores a census code as its code (a short string column), and reads it back as the code's value.</summary>
public sealed class CensusCodeConverter<TCode>() : ValueConverter<TCode, string>(code => code.Code, stored => FromStored(stored))
    where TCode : CensusCode, ICodeType<TCode>
{
    private static TCode FromStored(string stored) => TCode.List.FromStored(stored);
}
