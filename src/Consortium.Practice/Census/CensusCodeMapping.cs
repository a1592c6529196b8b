using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Consortium.Practice.Census;

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
