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

public static class CensusCodeMapping
{
    public static PropertyBuilder<TCode> HasCensusCode<TCode>(this PropertyBuilder<TCode> property, int maxLength)
        where TCode : CensusCode, ICodeType<TCode>
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasConversion<CensusCodeConverter<TCode>>().HasMaxLength(maxLength);
    }

    public static PropertyBuilder<TCode?> HasOptionalCensusCode<TCode>(this PropertyBuilder<TCode?> property, int maxLength)
        where TCode : CensusCode, ICodeType<TCode>
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasConversion<CensusCodeConverter<TCode>>().HasMaxLength(maxLength);
    }

    /// <summary>A list of codes, stored as the JSON array of their codes in one column.</summary>
    public static PrimitiveCollectionBuilder<List<TCode>> HasCensusCodes<TCode>(this PrimitiveCollectionBuilder<List<TCode>> collection, int maxLength)
        where TCode : CensusCode, ICodeType<TCode>
    {
        ArgumentNullException.ThrowIfNull(collection);
        collection.ElementType(e => e.HasConversion<CensusCodeConverter<TCode>>());
        return collection.HasMaxLength(maxLength);
    }
}
