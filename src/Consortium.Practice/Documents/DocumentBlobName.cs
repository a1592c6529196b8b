using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Consortium.Practice.Documents;

/// <summary>
/// The only form of name a stored document has: 32 lowercase hexadecimal characters from a cryptographic random
/// source. Nothing else is ever passed to storage, so a name cannot carry a path, a container or a guessable sequence.
/// </summary>
public static class DocumentBlobName
{
    public const int Length = 32;

    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2));

    public static bool IsValid([NotNullWhen(true)] string? name) =>
        name is { Length: Length } && name.All(char.IsAsciiHexDigitLower);
}
